#include "FakeGitHubGql.h"

#include <QHash>
#include <QJsonArray>

namespace shiftdesk::fake::gql {

namespace {

struct Token
{
    enum Type { End, Punct, Spread, Name, Number, String, Variable, Invalid };
    Type type = End;
    QString text{};
    int line = 1;
    int column = 1;
};

class Lexer
{
public:
    explicit Lexer(const QString& source)
        : m_s(source)
    {}

    Token next()
    {
        skipIgnored();
        Token t;
        t.line = m_line;
        t.column = m_pos - m_lineStart + 1;
        if (m_pos >= m_s.size())
            return t;
        const QChar c = m_s.at(m_pos);
        if (c == QLatin1Char('.')) {
            if (m_s.mid(m_pos, 3) == QLatin1String("...")) {
                m_pos += 3;
                t.type = Token::Spread;
                t.text = QStringLiteral("...");
                return t;
            }
        } else if (QStringLiteral("!()[]{}:=@|&").contains(c)) {
            ++m_pos;
            t.type = Token::Punct;
            t.text = c;
            return t;
        } else if (c == QLatin1Char('$')) {
            ++m_pos;
            t.type = Token::Variable;
            t.text = name();
            return t;
        } else if (isNameStart(c)) {
            t.type = Token::Name;
            t.text = name();
            return t;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            const qsizetype start = m_pos++;
            while (m_pos < m_s.size() &&
                   (m_s.at(m_pos).isDigit() || QStringLiteral(".eE+-").contains(m_s.at(m_pos))))
                ++m_pos;
            t.type = Token::Number;
            t.text = m_s.mid(start, m_pos - start);
            return t;
        } else if (c == QLatin1Char('"')) {
            return string(t);
        }
        t.type = Token::Invalid;
        t.text = c;
        ++m_pos;
        return t;
    }

private:
    static bool isNameStart(QChar c)
    {
        return c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    }

    QString name()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && (isNameStart(m_s.at(m_pos)) || m_s.at(m_pos).isDigit()))
            ++m_pos;
        return m_s.mid(start, m_pos - start);
    }

    void skipIgnored()
    {
        while (m_pos < m_s.size()) {
            const QChar c = m_s.at(m_pos);
            if (c == QLatin1Char('\n')) {
                ++m_pos;
                ++m_line;
                m_lineStart = m_pos;
            } else if (c == QLatin1Char('#')) {
                while (m_pos < m_s.size() && m_s.at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
            } else if (c.isSpace() || c == QLatin1Char(',') || c == QChar(0xFEFF)) {
                ++m_pos;
            } else {
                return;
            }
        }
    }

    Token string(Token t)
    {
        t.type = Token::String;
        if (m_s.mid(m_pos, 3) == QLatin1String("\"\"\"")) { // block string, kept verbatim
            const qsizetype end = m_s.indexOf(QLatin1String("\"\"\""), m_pos + 3);
            if (end < 0) {
                t.type = Token::Invalid;
                m_pos = m_s.size();
                return t;
            }
            t.text = m_s.mid(m_pos + 3, end - m_pos - 3).trimmed();
            m_line += int(t.text.count(QLatin1Char('\n')));
            m_pos = end + 3;
            return t;
        }
        ++m_pos;
        while (m_pos < m_s.size()) {
            const QChar c = m_s.at(m_pos++);
            if (c == QLatin1Char('"'))
                return t;
            if (c == QLatin1Char('\n'))
                break;
            if (c != QLatin1Char('\\')) {
                t.text.append(c);
                continue;
            }
            if (m_pos >= m_s.size())
                break;
            const QChar e = m_s.at(m_pos++);
            if (e == QLatin1Char('n'))
                t.text.append(QLatin1Char('\n'));
            else if (e == QLatin1Char('t'))
                t.text.append(QLatin1Char('\t'));
            else if (e == QLatin1Char('r'))
                t.text.append(QLatin1Char('\r'));
            else if (e == QLatin1Char('b'))
                t.text.append(QLatin1Char('\b'));
            else if (e == QLatin1Char('f'))
                t.text.append(QLatin1Char('\f'));
            else if (e == QLatin1Char('u') && m_pos + 4 <= m_s.size()) {
                t.text.append(QChar(m_s.mid(m_pos, 4).toUShort(nullptr, 16)));
                m_pos += 4;
            } else
                t.text.append(e);
        }
        t.type = Token::Invalid;
        return t;
    }

    QString m_s;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

// A selection before fragments are resolved.
struct RawSelection
{
    enum Kind { FieldSel, InlineFragment, FragmentSpread };
    Kind kind = FieldSel;
    QString alias{};
    QString name{}; // field name, or the spread fragment's name
    QJsonObject args{};
    QJsonObject directives{}; // "skip"/"include" -> their "if" value
    QString typeCondition{};  // of an inline fragment or fragment definition
    QList<RawSelection> children{};
    int line = 0;
    int column = 0;
};

struct RawOperation
{
    QString type{};
    QString name{};
    QJsonObject defaults{}; // variable default values
    QList<RawSelection> selections{};
};

// A variable reference inside an argument value, resolved later: {"$": name}.
const QString kVarKey = QStringLiteral("$");

class Parser
{
public:
    explicit Parser(const QString& text)
        : m_lex(text)
    {
        advance();
    }

    bool parseDocument()
    {
        while (m_tok.type != Token::End && m_error.isEmpty()) {
            if (isPunct('{')) {
                RawOperation op;
                op.type = QStringLiteral("query");
                op.selections = selectionSet();
                operations.append(op);
            } else if (m_tok.type == Token::Name && m_tok.text == QLatin1String("fragment")) {
                advance();
                const QString name = m_tok.text;
                expectName();
                if (m_tok.text == QLatin1String("on"))
                    advance();
                RawSelection fragment;
                fragment.kind = RawSelection::InlineFragment;
                fragment.typeCondition = m_tok.text;
                expectName();
                directives();
                fragment.children = selectionSet();
                fragments.insert(name, fragment);
            } else if (m_tok.type == Token::Name && (m_tok.text == QLatin1String("query") ||
                                                     m_tok.text == QLatin1String("mutation") ||
                                                     m_tok.text == QLatin1String("subscription"))) {
                RawOperation op;
                op.type = m_tok.text;
                advance();
                if (m_tok.type == Token::Name) {
                    op.name = m_tok.text;
                    advance();
                }
                if (isPunct('('))
                    variableDefinitions(&op.defaults);
                directives();
                op.selections = selectionSet();
                operations.append(op);
            } else {
                fail();
            }
        }
        if (m_error.isEmpty() && operations.isEmpty())
            fail();
        return m_error.isEmpty();
    }

    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

    QList<RawOperation> operations;
    QHash<QString, RawSelection> fragments; // as inline fragments

private:
    void advance() { m_tok = m_lex.next(); }
    bool isPunct(char c) const
    {
        return m_tok.type == Token::Punct && m_tok.text == QLatin1Char(c);
    }
    void fail()
    {
        if (!m_error.isEmpty())
            return;
        const QString what = m_tok.type == Token::End
                                 ? QStringLiteral("end of file")
                                 : QLatin1Char('"') + m_tok.text + QLatin1Char('"');
        m_error = QStringLiteral("Parse error on %1 at [%2, %3]")
                      .arg(what)
                      .arg(m_tok.line)
                      .arg(m_tok.column);
        m_errorLine = m_tok.line;
        m_errorColumn = m_tok.column;
        m_tok.type = Token::End; // stop everything
    }
    void expectPunct(char c)
    {
        if (isPunct(c))
            advance();
        else
            fail();
    }
    void expectName()
    {
        if (m_tok.type == Token::Name)
            advance();
        else
            fail();
    }

    void variableDefinitions(QJsonObject* defaults)
    {
        expectPunct('(');
        while (m_error.isEmpty() && !isPunct(')')) {
            if (m_tok.type != Token::Variable)
                return fail();
            const QString var = m_tok.text;
            advance();
            expectPunct(':');
            type();
            if (isPunct('=')) {
                advance();
                defaults->insert(var, value());
            }
            directives();
        }
        expectPunct(')');
    }

    void type()
    {
        if (isPunct('[')) {
            advance();
            type();
            expectPunct(']');
        } else {
            expectName();
        }
        if (isPunct('!'))
            advance();
    }

    QJsonValue value()
    {
        const Token t = m_tok;
        switch (t.type) {
        case Token::Variable:
            advance();
            return QJsonObject{{kVarKey, t.text}};
        case Token::Number:
            advance();
            return t.text.contains(QLatin1Char('.')) || t.text.contains(QLatin1Char('e'))
                       ? QJsonValue(t.text.toDouble())
                       : QJsonValue(t.text.toLongLong());
        case Token::String:
            advance();
            return t.text;
        case Token::Name:
            advance();
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false"))
                return t.text == QLatin1String("true");
            if (t.text == QLatin1String("null"))
                return QJsonValue();
            return t.text; // an enum value
        case Token::Punct:
            if (isPunct('[')) {
                advance();
                QJsonArray list;
                while (m_error.isEmpty() && !isPunct(']'))
                    list.append(value());
                expectPunct(']');
                return list;
            }
            if (isPunct('{')) {
                advance();
                QJsonObject object;
                while (m_error.isEmpty() && !isPunct('}')) {
                    const QString key = m_tok.text;
                    expectName();
                    expectPunct(':');
                    object.insert(key, value());
                }
                expectPunct('}');
                return QJsonObject{{QStringLiteral("$object"), object}};
            }
            break;
        default:
            break;
        }
        fail();
        return QJsonValue();
    }

    QJsonObject arguments()
    {
        QJsonObject args;
        if (!isPunct('('))
            return args;
        advance();
        while (m_error.isEmpty() && !isPunct(')')) {
            const QString key = m_tok.text;
            expectName();
            expectPunct(':');
            args.insert(key, value());
        }
        expectPunct(')');
        return args;
    }

    QJsonObject directives()
    {
        QJsonObject out;
        while (m_error.isEmpty() && isPunct('@')) {
            advance();
            const QString name = m_tok.text;
            expectName();
            out.insert(name, arguments().value(QLatin1String("if")));
        }
        return out;
    }

    QList<RawSelection> selectionSet()
    {
        QList<RawSelection> out;
        expectPunct('{');
        while (m_error.isEmpty() && !isPunct('}')) {
            RawSelection sel;
            sel.line = m_tok.line;
            sel.column = m_tok.column;
            if (m_tok.type == Token::Spread) {
                advance();
                if (m_tok.type == Token::Name && m_tok.text != QLatin1String("on")) {
                    sel.kind = RawSelection::FragmentSpread;
                    sel.name = m_tok.text;
                    advance();
                    sel.directives = directives();
                } else {
                    sel.kind = RawSelection::InlineFragment;
                    if (m_tok.type == Token::Name) { // "on" Type
                        advance();
                        sel.typeCondition = m_tok.text;
                        expectName();
                    }
                    sel.directives = directives();
                    sel.children = selectionSet();
                }
            } else {
                sel.name = m_tok.text;
                expectName();
                if (isPunct(':')) {
                    advance();
                    sel.alias = sel.name;
                    sel.name = m_tok.text;
                    expectName();
                }
                sel.args = arguments();
                sel.directives = directives();
                if (isPunct('{'))
                    sel.children = selectionSet();
            }
            out.append(sel);
        }
        expectPunct('}');
        if (out.isEmpty())
            fail();
        return out;
    }

    Lexer m_lex;
    Token m_tok;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

// Substitutes variables; unwraps input objects.
QJsonValue resolve(const QJsonValue& v, const QJsonObject& vars)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray())
            out.append(resolve(e, vars));
        return out;
    }
    if (!v.isObject())
        return v;
    const QJsonObject o = v.toObject();
    if (o.contains(kVarKey))
        return vars.value(o.value(kVarKey).toString());
    QJsonObject out;
    const QJsonObject fields = o.value(QLatin1String("$object")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.insert(it.key(), resolve(it.value(), vars));
    return out;
}

void mergeInto(QList<Field>& out, const Field& field)
{
    for (Field& existing : out) {
        if (existing.key() == field.key()) {
            if (existing.typeConditions.isEmpty() || field.typeConditions.isEmpty())
                existing.typeConditions.clear(); // asked for on any type
            else
                existing.typeConditions += field.typeConditions;
            for (const Field& child : field.selections)
                mergeInto(existing.selections, child);
            return;
        }
    }
    out.append(field);
}

struct Flattener
{
    const QHash<QString, RawSelection>& fragments;
    const QJsonObject& vars;
    QString error{};

    bool included(const RawSelection& s) const
    {
        const QJsonValue skip = resolve(s.directives.value(QLatin1String("skip")), vars);
        const QJsonValue include = resolve(s.directives.value(QLatin1String("include")), vars);
        return !(skip.isBool() && skip.toBool()) && !(include.isBool() && !include.toBool());
    }

    void flatten(const QList<RawSelection>& in, QList<Field>& out, int depth,
                 const QString& typeCondition = QString())
    {
        if (depth > 40) {
            error = QStringLiteral("Query has too many levels or a fragment cycle");
            return;
        }
        for (const RawSelection& s : in) {
            if (!included(s))
                continue;
            if (s.kind == RawSelection::InlineFragment) {
                flatten(s.children, out, depth + 1,
                        s.typeCondition.isEmpty() ? typeCondition : s.typeCondition);
            } else if (s.kind == RawSelection::FragmentSpread) {
                if (!fragments.contains(s.name)) {
                    error = QStringLiteral("Fragment %1 was used, but not defined").arg(s.name);
                    return;
                }
                flatten({fragments.value(s.name)}, out, depth + 1, typeCondition);
            } else {
                Field f;
                f.alias = s.alias;
                f.name = s.name;
                f.line = s.line;
                f.column = s.column;
                if (!typeCondition.isEmpty())
                    f.typeConditions.append(typeCondition);
                for (auto it = s.args.begin(); it != s.args.end(); ++it)
                    f.args.insert(it.key(), resolve(it.value(), vars));
                flatten(s.children, f.selections, depth + 1);
                mergeInto(out, f);
            }
        }
    }
};

} // namespace

Document parse(const QString& text, const QJsonObject& variables, const QString& operationName)
{
    Document doc;
    Parser parser(text);
    if (!parser.parseDocument()) {
        doc.error = parser.error();
        doc.errorLine = parser.errorLine();
        doc.errorColumn = parser.errorColumn();
        return doc;
    }
    const RawOperation* op = &parser.operations.first();
    if (!operationName.isEmpty()) {
        op = nullptr;
        for (const RawOperation& candidate : parser.operations) {
            if (candidate.name == operationName)
                op = &candidate;
        }
        if (!op) {
            doc.error = QStringLiteral("No operation named \"%1\"").arg(operationName);
            return doc;
        }
    }
    QJsonObject vars = op->defaults;
    for (auto it = variables.begin(); it != variables.end(); ++it)
        vars.insert(it.key(), it.value());
    doc.operation = op->type;
    doc.operationName = op->name;
    Flattener flattener{parser.fragments, vars};
    flattener.flatten(op->selections, doc.fields, 0);
    if (!flattener.error.isEmpty()) {
        doc.error = flattener.error;
        doc.fields.clear();
    }
    return doc;
}

QStringList routeNames(const Document& document)
{
    QStringList out;
    for (const Field& top : document.fields) {
        out.append(top.name);
        if (!top.alias.isEmpty())
            out.append(top.alias);
        for (const Field& child : top.selections)
            out.append(child.name);
    }
    out.removeDuplicates();
    return out;
}

} // namespace shiftdesk::fake::gql
