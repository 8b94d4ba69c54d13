#include "services/bulkoperation.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

BulkOperation::BulkOperation(const QString &verbPast, QObject *parent)
    : QObject(parent)
    , m_verb(verbPast)
{ }

void BulkOperation::settle(const QString &label, const ApiError &error)
{
    --m_pending;
    if (error.isError()) {
        m_failed.append({label, error.userMessage()});
    } else {
        m_succeeded.append(label);
        emit itemSucceeded(label);
    }
    maybeFinish();
}

void BulkOperation::addFailure(const QString &label, const QString &reason)
{
    m_failed.append({label, reason});
}

void BulkOperation::seal()
{
    m_sealed = true;
    // Always from the event loop, like ApiReply::finished.
    QTimer::singleShot(0, this, &BulkOperation::maybeFinish);
}

QString BulkOperation::summary() const
{
    QString text;
    if (!m_succeeded.isEmpty()) {
        text = m_succeeded.size() <= 3 ? tr("%1: %2.").arg(m_verb, m_succeeded.join(u", "_s))
                                       : tr("%1 %n item(s).", nullptr, int(m_succeeded.size())).arg(m_verb);
    }
    if (!m_failed.isEmpty()) {
        QStringList parts;
        for (const auto &[label, reason] : m_failed)
            parts << tr("%1 (%2)").arg(label, reason);
        if (!text.isEmpty())
            text += u' ';
        text += tr("%n failed: %1", nullptr, int(m_failed.size())).arg(parts.join(u"; "_s));
    }
    if (text.isEmpty())
        text = tr("Nothing to do.");
    return text;
}

void BulkOperation::maybeFinish()
{
    if (m_done || !m_sealed || m_pending > 0)
        return;
    m_done = true;
    emit finished(summary());
    deleteLater();
}

} // namespace brickdesk
