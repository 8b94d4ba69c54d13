#pragma once

#include "api/apicall.h"
#include "api/apierror.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

namespace brickdesk {

// One user action applied to many items (bulk run, cancel, pause, delete): collects the
// outcome of every call and, when the last one has answered, emits finished() once with a
// single summary sentence — one message for the status bar instead of one per item.
class BulkOperation final : public QObject
{
    Q_OBJECT
public:
    // `verbPast` names what succeeded, e.g. tr("Deleted").
    explicit BulkOperation(const QString &verbPast, QObject *parent = nullptr);

    // Adds one call; `label` names the item in the summary. Call seal() after the last add().
    template<typename T>
    void add(const QString &label, const ApiCall<T> &call)
    {
        ++m_pending;
        call.then(this, [this, label](const ApiResult<T> &result) { settle(label, result.error()); });
    }
    // Adds an item that failed before any call was made.
    void addFailure(const QString &label, const QString &reason);
    // No more items: finished() follows as soon as every call has answered.
    void seal();

    QStringList succeeded() const { return m_succeeded; }
    QList<QPair<QString, QString>> failed() const { return m_failed; }
    QString summary() const;

signals:
    void itemSucceeded(const QString &label);
    void finished(const QString &summary);

private:
    void settle(const QString &label, const ApiError &error);
    void maybeFinish();

    QString m_verb;
    QStringList m_succeeded;
    QList<QPair<QString, QString>> m_failed;
    int m_pending = 0;
    bool m_sealed = false;
    bool m_done = false;
};

} // namespace brickdesk
