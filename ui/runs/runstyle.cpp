#include "runstyle.h"

#include "common/textcolours.h"
#include "domain/runstate.h"
#include "domain/runstatus.h"
#include "domain/runtask.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QRect>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QColor RunStyle::color(RunDisplayState::Category category)
{
    using C = RunDisplayState::Category;
    switch (category) {
    case C::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case C::SucceededWithFailures:
        return QColor(0x8d, 0x9e, 0x1f);
    case C::Failed:
    case C::TimedOut:
        return QColor(0xc6, 0x28, 0x28);
    case C::Cancelled:
        return QColor(0x6d, 0x4c, 0x41);
    case C::Running:
    case C::Terminating:
        return QColor(0x15, 0x65, 0xc0);
    case C::Queued:
    case C::Pending:
    case C::Blocked:
    case C::Waiting:
        return QColor(0xef, 0x8f, 0x00);
    case C::Skipped:
    case C::Excluded:
        return QColor(0x75, 0x75, 0x75);
    case C::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

void RunStyle::paintBadge(QPainter *painter, const QRect &rect, const QString &text, const QColor &color)
{
    if (text.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(painter->font());
    const int height = qMin(rect.height() - 2, metrics.height() + 4);
    const int width = qMin(rect.width() - 4, metrics.horizontalAdvance(text) + 16);
    const QRect pill(rect.left() + 3, rect.top() + (rect.height() - height) / 2, width, height);
    QPainterPath path;
    path.addRoundedRect(pill, height / 2.0, height / 2.0);
    painter->fillPath(path, TextColours::badgeFill(color));
    painter->setPen(Qt::white);
    painter->drawText(pill.adjusted(7, 0, -7, 0), Qt::AlignVCenter | Qt::AlignLeft,
        metrics.elidedText(text, Qt::ElideRight, pill.width() - 10));
    painter->restore();
}

QString RunStyle::durationText(qint64 ms)
{
    if (ms <= 0)
        return u"—"_s;
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60, 2, 10, QChar(u'0'));
    const qint64 hours = minutes / 60;
    return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString RunStyle::triggerText(const QString &trigger)
{
    if (trigger == u"PERIODIC"_s)
        return tr("Scheduled");
    if (trigger == u"ONE_TIME"_s)
        return tr("Manual (run now)");
    if (trigger == u"RETRY"_s)
        return tr("Retry");
    if (trigger == u"RUN_JOB_TASK"_s)
        return tr("Run job task");
    if (trigger == u"FILE_ARRIVAL"_s)
        return tr("File arrival");
    if (trigger == u"CONTINUOUS"_s)
        return tr("Continuous");
    if (trigger == u"CONTINUOUS_RESTART"_s)
        return tr("Continuous (restart)");
    if (trigger == u"TABLE"_s)
        return tr("Table update");
    if (trigger == u"MODEL"_s)
        return tr("Model update");
    return trigger;
}

QString RunStyle::terminationCodeText(const QString &code)
{
    struct Entry
    {
        const char *code;
        const char *text;
    };
    static const Entry entries[] = {
        {"SUCCESS", QT_TR_NOOP("Completed successfully")},
        {"SUCCESS_WITH_FAILURES", QT_TR_NOOP("Completed, but some tasks failed")},
        {"USER_CANCELED", QT_TR_NOOP("Cancelled by a user")},
        {"CANCELED", QT_TR_NOOP("Cancelled by the platform (for example a timeout)")},
        {"SKIPPED", QT_TR_NOOP("Skipped")},
        {"DISABLED", QT_TR_NOOP("Disabled")},
        {"INTERNAL_ERROR", QT_TR_NOOP("Internal error of the platform")},
        {"DRIVER_ERROR", QT_TR_NOOP("The Spark driver failed")},
        {"CLUSTER_ERROR", QT_TR_NOOP("The cluster failed")},
        {"REPOSITORY_CHECKOUT_FAILED", QT_TR_NOOP("The Git repository could not be checked out")},
        {"INVALID_CLUSTER_REQUEST", QT_TR_NOOP("The cluster request was invalid")},
        {"WORKSPACE_RUN_LIMIT_EXCEEDED", QT_TR_NOOP("The workspace's limit of active runs was reached")},
        {"FEATURE_DISABLED", QT_TR_NOOP("A feature the run needs is disabled")},
        {"CLUSTER_REQUEST_LIMIT_EXCEEDED", QT_TR_NOOP("Too many cluster requests")},
        {"STORAGE_ACCESS_ERROR", QT_TR_NOOP("Storage could not be accessed")},
        {"RUN_EXECUTION_ERROR", QT_TR_NOOP("The run's code failed")},
        {"UNAUTHORIZED_ERROR", QT_TR_NOOP("Not authorised to access a resource")},
        {"LIBRARY_INSTALLATION_ERROR", QT_TR_NOOP("A library could not be installed")},
        {"MAX_CONCURRENT_RUNS_EXCEEDED", QT_TR_NOOP("The job's maximum of concurrent runs was reached")},
        {"MAX_SPARK_CONTEXTS_EXCEEDED", QT_TR_NOOP("Too many Spark contexts on the cluster")},
        {"RESOURCE_NOT_FOUND", QT_TR_NOOP("A resource the run needs does not exist")},
        {"INVALID_RUN_CONFIGURATION", QT_TR_NOOP("The run's configuration is invalid")},
        {"CLOUD_FAILURE", QT_TR_NOOP("The cloud provider failed")},
        {"MAX_JOB_QUEUE_SIZE_EXCEEDED", QT_TR_NOOP("The job's queue is full")},
        {"BREAKING_CHANGE", QT_TR_NOOP("A breaking change in the platform")},
        {"BUDGET_POLICY_LIMIT_EXCEEDED", QT_TR_NOOP("The budget policy's limit was reached")},
        {"CLUSTER_TERMINATED_BY_USER", QT_TR_NOOP("The cluster was terminated by a user")},
    };
    for (const Entry &entry : entries) {
        if (code == QLatin1String(entry.code))
            return tr(entry.text);
    }
    return code;
}

namespace {

QString sentence(const RunDisplayState &state, const RunStatus &status, const RunState &legacy)
{
    QString sentence = state.text();
    const QString code = status.terminationCode();
    if (!code.isEmpty()) {
        sentence += RunStyle::tr(": %1 (%2)").arg(RunStyle::terminationCodeText(code), code);
        if (!status.terminationTypeName().isEmpty() && status.terminationTypeName() != u"SUCCESS"_s)
            sentence += RunStyle::tr(", %1").arg(status.terminationTypeName().toLower().replace(u'_', u' '));
    } else if (!legacy.resultStateName().isEmpty()) {
        sentence += RunStyle::tr(" (%1)").arg(legacy.resultStateName());
    }
    if (!status.queueMessage().isEmpty())
        sentence += u" — "_s + status.queueMessage();
    if (!state.message().isEmpty())
        sentence += u" — "_s + state.message();
    return sentence;
}

qint64 elapsed(qint64 known, qint64 start, qint64 end, qint64 nowMs)
{
    if (known > 0)
        return known;
    if (start <= 0)
        return 0;
    return (end > 0 ? end : nowMs) - start;
}

} // namespace

QString RunStyle::statusSentence(const Run &run)
{
    return sentence(run.displayState(), run.status(), run.state());
}

QString RunStyle::statusSentence(const RunTask &task)
{
    return sentence(task.displayState(), task.status(), task.state());
}

qint64 RunStyle::totalDurationMs(const Run &run, qint64 nowMs)
{
    return elapsed(run.durationMs(), run.startTimeMs(), run.endTimeMs(), nowMs);
}

qint64 RunStyle::totalDurationMs(const RunTask &task, qint64 nowMs)
{
    return elapsed(task.durationMs(), task.startTimeMs(), task.endTimeMs(), nowMs);
}

} // namespace brickdesk
