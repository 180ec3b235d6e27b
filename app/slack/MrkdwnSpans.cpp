#include "MrkdwnSpans.h"

namespace shiftdesk {

bool MrkdwnSpans::isOpenBoundary(QChar c)
{
    return c.isSpace() || QStringView(u".,([{!?-=").contains(c);
}

bool MrkdwnSpans::isCloseBoundary(QChar c, QChar mark)
{
    if (c.isSpace())
        return true;
    if (mark == u'*')
        return QStringView(u"~!#$%^)-+={}[];:'\",.?/").contains(c);
    return QStringView(u".,])}!?-=").contains(c);
}

int MrkdwnSpans::preTextStart(QStringView s, int p, int from, int to)
{
    if (p + 3 > to || !s.mid(p, 3).startsWith(u"```"))
        return -1;
    if (p > from && !isOpenBoundary(s[p - 1]))
        return -1;
    int firstText = p + 3;
    while (firstText < to && s[firstText].isSpace())
        ++firstText;
    return firstText < to ? firstText : -1;
}

int MrkdwnSpans::codeClose(QStringView s, int p, int from, int to)
{
    if (p > from && !isOpenBoundary(s[p - 1]))
        return -1;
    int q = p + 1;
    while (q < to && s[q] != u'`')
        ++q;
    if (q >= to || q == p + 1 || (q + 1 < to && !isCloseBoundary(s[q + 1], u'`')))
        return -1;
    return q;
}

int MrkdwnSpans::styleClose(QStringView s, int p, int from, int to, QChar mark)
{
    if (p > from && !isOpenBoundary(s[p - 1]))
        return -1;
    int q = p + 1;
    while (q < to && s[q] != mark && s[q] != u'\n')
        ++q;
    if (q >= to || s[q] != mark || q == p + 1)
        return -1;
    if (s[p + 1].isSpace() || s[q - 1].isSpace())
        return -1;
    if (q + 1 < to && !isCloseBoundary(s[q + 1], mark))
        return -1;
    return q;
}

int MrkdwnSpans::angleClose(QStringView s, int p, int to)
{
    int q = p + 1;
    while (q < to && s[q] != u'>' && s[q] != u'<' && s[q] != u'\n')
        ++q;
    if (q >= to || s[q] != u'>' || q == p + 1 || s[p + 1].isSpace() || s[p + 1] == u'|')
        return -1;
    return q;
}

} // namespace shiftdesk
