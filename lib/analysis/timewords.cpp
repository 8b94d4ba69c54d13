#include "analysis/timewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace brickdesk {

QString timeWords(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString durationWords(double minutes)
{
    const qint64 whole = qRound64(minutes);
    if (whole < 60)
        return QCoreApplication::translate("brickdesk::TimeWords", "%1 min").arg(whole);
    if (whole < 24 * 60)
        return QCoreApplication::translate("brickdesk::TimeWords", "%1 h %2 min")
            .arg(whole / 60)
            .arg(whole % 60);
    // Days and hours: the minutes of a long stretch say nothing.
    const qint64 hours = (whole + 30) / 60;
    return QCoreApplication::translate("brickdesk::TimeWords", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace brickdesk
