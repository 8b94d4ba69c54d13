#include "api/pendingretries.h"

#include "api/apilogging.h"
#include "api/apireply.h"

#include <algorithm>

namespace brickdesk {

PendingRetries::PendingRetries(QObject *parent)
    : QObject(parent)
{ }

PendingRetries::~PendingRetries() = default;

QList<PendingRetries::Wait> PendingRetries::waits() const
{
    QList<Wait> waits;
    waits.reserve(m_waits.size());
    for (const Entry &entry : m_waits)
        waits.append(entry.wait);
    std::stable_sort(waits.begin(), waits.end(),
        [](const Wait &a, const Wait &b) { return a.retryAt.deadline() < b.retryAt.deadline(); });
    return waits;
}

QList<PendingRetries::Wait> PendingRetries::sentRetries() const
{
    QList<Wait> sent;
    sent.reserve(m_sent.size());
    for (const Entry &entry : m_sent)
        sent.append(entry.wait);
    return sent;
}

void PendingRetries::cancel(quint64 id)
{
    const auto it = std::find_if(
        m_waits.cbegin(), m_waits.cend(), [id](const Entry &entry) { return entry.wait.id == id; });
    if (it == m_waits.cend())
        return;
    const QPointer<ApiReply> reply = it->reply;
    const ApiReply *key = it->key;
    qCDebug(lcApi).noquote() << "cancelled while waiting to retry:" << it->wait.operation;
    if (reply)
        reply->abort(); // finishes the reply, which leaves through remove()
    remove(key);
}

void PendingRetries::cancelAll()
{
    QList<quint64> ids;
    ids.reserve(m_waits.size());
    for (const Entry &entry : std::as_const(m_waits))
        ids.append(entry.wait.id);
    // One by one: ending a call may start or end other waits (a page walk's next request).
    for (const quint64 id : std::as_const(ids))
        cancel(id);
}

void PendingRetries::add(ApiReply *reply, int attempt, int delayMs, const ApiError &error)
{
    // One change: a retry met by another 429 goes from "on its way" to waiting at once.
    take(reply);
    Entry entry;
    entry.reply = reply;
    entry.key = reply;
    entry.wait.id = m_nextId++;
    entry.wait.operation = reply->request().description();
    entry.wait.reason = reasonOf(error);
    entry.wait.attempt = attempt;
    entry.wait.delayMs = delayMs;
    entry.wait.retryAt = QDeadlineTimer(delayMs, Qt::PreciseTimer);
    entry.wait.retryAfterSeconds = error.retryAfterSeconds();
    entry.wait.serverMessage = error.message();
    m_waits.append(entry);
    emit changed();
}

void PendingRetries::sent(const ApiReply *reply)
{
    const auto it = std::find_if(
        m_waits.cbegin(), m_waits.cend(), [reply](const Entry &entry) { return entry.key == reply; });
    if (it == m_waits.cend())
        return;
    const Entry entry = *it;
    m_waits.erase(it);
    m_sent.append(entry);
    emit changed();
}

void PendingRetries::remove(const ApiReply *reply)
{
    if (take(reply) > 0)
        emit changed();
}

qsizetype PendingRetries::take(const ApiReply *reply)
{
    const auto same = [reply](const Entry &entry) { return entry.key == reply; };
    return m_waits.removeIf(same) + m_sent.removeIf(same);
}

PendingRetries::Reason PendingRetries::reasonOf(const ApiError &error)
{
    return error.kind() == ApiError::Kind::RateLimited ? Reason::RateLimited : Reason::Unavailable;
}

} // namespace brickdesk
