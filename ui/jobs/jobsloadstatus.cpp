#include "jobsloadstatus.h"

#include "api/apierror.h"
#include "jobspage.h"
#include "models/jobsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace brickdesk {

QString jobsLoadStatusText(const JobsModel &model, int shown, bool connected)
{
    const QLocale locale;
    const int total = model.rowCount();
    const bool loading = model.isLoading();
    QString text;
    if (!connected) {
        text = JobsPage::tr("Not connected");
    } else if (model.isArchived()) {
        const QString asOf = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(model.archivedAsOfMs()), QLocale::ShortFormat);
        text = total == 0
            ? JobsPage::tr("The local archive holds no job of this workspace yet")
            : JobsPage::tr(
                "%n job(s) from the local archive, data as of %1 (read-only: the workspace cannot be "
                "reached)",
                nullptr, total)
                  .arg(asOf);
    } else if (loading) {
        text = JobsPage::tr("Loading jobs… %1 so far").arg(locale.toString(total));
    } else if (model.lastError().isError() && model.lastError().kind() != ApiError::Kind::Cancelled) {
        text = JobsPage::tr("%1 jobs (the list is incomplete: %2)")
                   .arg(locale.toString(total), model.lastError().userMessage());
    } else if (!model.isComplete() && (total > 0 || model.lastError().kind() == ApiError::Kind::Cancelled)) {
        // (none loaded yet when the user cancelled a wait to retry: not "0 jobs")
        text = JobsPage::tr("%1 jobs (loading stopped; press F5 to load all)").arg(locale.toString(total));
    } else {
        text = total == 1 ? JobsPage::tr("1 job") : JobsPage::tr("%1 jobs").arg(locale.toString(total));
    }
    if (shown != total)
        text += JobsPage::tr(" — %1 shown").arg(locale.toString(shown));
    return text;
}

} // namespace brickdesk
