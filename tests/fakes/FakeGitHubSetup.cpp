// FakeGitHub's test-facing side: content, tokens, device flow, faults and the request log.
#include "FakeGitHub.h"

#include "FakeGitHubPrivate.h"
#include "FakeHttpServer.h"

namespace shiftdesk::fake {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString stripSlash(QString path)
{
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

} // namespace

bool FakeGitHub::start()
{
    if (!m_http->listen(QHostAddress::LocalHost, 0))
        return false;
    m_state->world.webBase = m_http->baseUrl();
    return true;
}

QUrl FakeGitHub::apiBaseUrl() const
{
    return m_http->baseUrl().resolved(QUrl(s("api/v3/")));
}

QUrl FakeGitHub::graphqlUrl() const
{
    return m_http->baseUrl().resolved(QUrl(s("api/graphql")));
}

QUrl FakeGitHub::webBaseUrl() const
{
    return m_http->baseUrl();
}

FakeHttpServer* FakeGitHub::httpServer() const
{
    return m_http;
}

void FakeGitHub::setToken(const QString& token, const QStringList& scopes)
{
    m_state->world.tokens[0] = GhToken{token, scopes};
    m_state->world.revoked = false;
}

void FakeGitHub::revokeToken()
{
    m_state->world.revoked = true;
}

void FakeGitHub::setUser(const QString& login, const QString& name)
{
    m_state->world.login = login;
    m_state->world.userName = name.isEmpty() ? login : name;
}

void FakeGitHub::setPerPageDefault(int n)
{
    m_state->world.perPageDefault = qBound(1, n, 100);
}

void FakeGitHub::setRateLimit(const QString& resource, int limit)
{
    m_state->world.bucket(resource).limit = qMax(0, limit);
}

int FakeGitHub::rateLimitRemaining(const QString& resource) const
{
    return m_state->world.bucket(resource).remaining();
}

void FakeGitHub::addRepository(const QString& owner, const QString& name)
{
    m_state->world.addRepo(owner, name);
}

static GhRepo& repoOf(FakeGitHubState& world, const QString& fullName)
{
    if (GhRepo* r = world.repo(fullName))
        return *r;
    return world.addRepo(fullName.section(QLatin1Char('/'), 0, 0),
                         fullName.section(QLatin1Char('/'), 1));
}

qint64 FakeGitHub::addIssue(const QString& repo, const QJsonObject& fields)
{
    return m_state->world.addIssue(repoOf(m_state->world, repo), fields, false).number;
}

qint64 FakeGitHub::addPullRequest(const QString& repo, const QJsonObject& fields)
{
    return m_state->world.addIssue(repoOf(m_state->world, repo), fields, true).number;
}

QJsonObject FakeGitHub::issue(const QString& repo, qint64 number) const
{
    FakeGitHubState& world = m_state->world;
    GhRepo* r = world.repo(repo);
    const GhIssue* i = r ? world.issue(*r, number) : nullptr;
    return i ? world.issueJson(*r, *i) : QJsonObject();
}

QJsonArray FakeGitHub::issues(const QString& repo) const
{
    QJsonArray out;
    if (const GhRepo* r = m_state->world.repo(repo)) {
        for (const GhIssue& i : r->issues)
            out.append(m_state->world.issueJson(*r, i));
    }
    return out;
}

void FakeGitHub::setIssueFields(const QString& repo, qint64 number, const QJsonObject& fields)
{
    FakeGitHubState& world = m_state->world;
    GhRepo* r = world.repo(repo);
    GhIssue* i = r ? world.issue(*r, number) : nullptr;
    if (!i)
        return;
    const QDateTime before = i->updatedAt;
    world.applyIssueFields(*r, *i, fields);
    const QDateTime given =
        QDateTime::fromString(fields.value(s("updated_at")).toString(), Qt::ISODate);
    i->updatedAt = given.isValid() ? given.toUTC() : FakeGitHubState::bumped(before);
}

void FakeGitHub::addFile(const QString& repo, const QString& path, const QByteArray& content)
{
    repoOf(m_state->world, repo).files[stripSlash(path)] = content;
}

QString FakeGitHub::addProject(const QString& owner, int number, const QString& title,
                               const QStringList& statusOptions)
{
    return m_state->world.addProject(owner, number, title, statusOptions).id;
}

QString FakeGitHub::statusFieldId(const QString& projectId) const
{
    const GhProject* p = m_state->world.project(projectId);
    const GhField* f = p ? p->statusField() : nullptr;
    return f ? f->id : QString();
}

QString FakeGitHub::optionId(const QString& projectId, const QString& optionName) const
{
    const GhProject* p = m_state->world.project(projectId);
    const GhField* f = p ? p->statusField() : nullptr;
    if (f) {
        for (const GhOption& o : f->options) {
            if (o.name == optionName)
                return o.id;
        }
    }
    return {};
}

QString FakeGitHub::addProjectItem(const QString& projectId, const QString& repo, qint64 number,
                                   const QString& status)
{
    FakeGitHubState& world = m_state->world;
    GhProject* p = world.project(projectId);
    GhRepo* r = world.repo(repo);
    if (!p || !r || !world.issue(*r, number))
        return {};
    QString id;
    for (const GhItem& existing : p->items) {
        if (existing.number == number && existing.repo == r->fullName())
            id = existing.id;
    }
    if (id.isEmpty()) {
        GhItem item;
        item.id = world.newItemId();
        item.repo = r->fullName();
        item.number = number;
        item.createdAt = FakeGitHubState::now();
        item.updatedAt = item.createdAt;
        p->items.append(item);
        id = item.id;
    }
    p->item(id)->statusOptionId = optionId(projectId, status);
    p->updatedAt = FakeGitHubState::bumped(p->updatedAt);
    return id;
}

QString FakeGitHub::addDraftItem(const QString& projectId, const QString& title,
                                 const QString& status)
{
    FakeGitHubState& world = m_state->world;
    GhProject* p = world.project(projectId);
    if (!p)
        return {};
    GhItem item;
    item.id = world.newItemId();
    item.draftNodeId = s("DI_lADOFAKE") + item.id.mid(13);
    item.draftTitle = title;
    item.statusOptionId = optionId(projectId, status);
    item.createdAt = FakeGitHubState::now();
    item.updatedAt = item.createdAt;
    p->items.append(item);
    p->updatedAt = FakeGitHubState::bumped(p->updatedAt);
    return item.id;
}

QString FakeGitHub::itemStatus(const QString& projectId, const QString& itemId) const
{
    const GhProject* p = m_state->world.project(projectId);
    const GhItem* item = p ? p->item(itemId) : nullptr;
    return item ? p->optionName(item->statusOptionId) : QString();
}

QStringList FakeGitHub::projectItemIds(const QString& projectId) const
{
    QStringList out;
    if (const GhProject* p = m_state->world.project(projectId)) {
        for (const GhItem& item : p->items)
            out.append(item.id);
    }
    return out;
}

void FakeGitHub::setItemStatus(const QString& projectId, const QString& itemId,
                               const QString& status)
{
    GhProject* p = m_state->world.project(projectId);
    if (GhItem* item = p ? p->item(itemId) : nullptr) {
        item->statusOptionId = optionId(projectId, status);
        item->updatedAt = FakeGitHubState::bumped(item->updatedAt);
        p->updatedAt = FakeGitHubState::bumped(p->updatedAt);
    }
}

void FakeGitHub::setItemArchived(const QString& projectId, const QString& itemId, bool archived)
{
    GhProject* p = m_state->world.project(projectId);
    if (GhItem* item = p ? p->item(itemId) : nullptr) {
        item->archived = archived;
        item->updatedAt = FakeGitHubState::bumped(item->updatedAt);
        p->updatedAt = FakeGitHubState::bumped(p->updatedAt);
    }
}

void FakeGitHub::removeProjectItem(const QString& projectId, const QString& itemId)
{
    if (GhProject* p = m_state->world.project(projectId)) {
        if (p->items.removeIf([&](const GhItem& i) { return i.id == itemId; }) > 0)
            p->updatedAt = FakeGitHubState::bumped(p->updatedAt);
    }
}

QDateTime FakeGitHub::projectUpdatedAt(const QString& projectId) const
{
    const GhProject* p = m_state->world.project(projectId);
    return p ? p->updatedAt : QDateTime();
}

void FakeGitHub::setDeviceFlow(const QString& clientId, const QString& userCode,
                               int intervalSeconds, int expiresInSeconds)
{
    GhDeviceFlow& d = m_state->world.device;
    d.enabled = true;
    d.clientId = clientId;
    d.userCode = userCode;
    d.interval = intervalSeconds;
    d.expiresIn = expiresInSeconds;
}

void FakeGitHub::approveDevice(const QStringList& scopes)
{
    m_state->world.device.approved = true;
    m_state->world.device.approvedScopes = scopes;
}

void FakeGitHub::denyDevice()
{
    m_state->world.device.denied = true;
}

void FakeGitHub::slowDownNextPolls(int times, int newInterval)
{
    m_state->world.device.slowDownTimes = times;
    m_state->world.device.slowDownInterval = newInterval;
}

void FakeGitHub::disableDeviceFlow()
{
    m_state->world.device.enabled = false;
}

int FakeGitHub::devicePolls() const
{
    return m_state->world.device.polls;
}

void FakeGitHub::injectFault(const QString& route, const FakeGitHubFault& fault, int times)
{
    if (times > 0)
        m_state->faults.append(State::Fault{route, fault, times});
}

void FakeGitHub::clearFaults()
{
    m_state->faults.clear();
}

QList<FakeGitHub::Request> FakeGitHub::requests() const
{
    return m_state->requests;
}

int FakeGitHub::callCount(const QString& route) const
{
    int n = 0;
    for (const QStringList& keys : std::as_const(m_state->requestRoutes)) {
        if (State::matches(route, keys))
            ++n;
    }
    return n;
}

void FakeGitHub::clearRequests()
{
    m_state->requests.clear();
    m_state->requestRoutes.clear();
    m_state->requestSerials.clear();
}

} // namespace shiftdesk::fake
