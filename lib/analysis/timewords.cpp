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
    return QCoreApplication::translate("brickdesk::TimeWords", "%1 h %2 min").arg(whole / 60).arg(whole % 60);
}

} // namespace brickdesk
