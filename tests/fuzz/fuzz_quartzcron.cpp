// Quartz cron expressions from job settings (any workspace user can write one) through the
// parser, the describer and the next-fire-time search.
#include "cron/quartzcron.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512)
        return 0;
    const QString expression = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QuartzCron cron = QuartzCron::parse(expression);
    (void)cron.errorString();
    if (!cron.isValid())
        return 0;
    (void)cron.description();
    (void)cron.description(u"UTC"_s);
    static const QDateTime after = QDateTime::fromSecsSinceEpoch(1'800'000'000, QTimeZone::utc());
    (void)cron.nextFireTimes(after, QTimeZone::utc(), 3);
    static const QTimeZone berlin(QByteArray("Europe/Berlin"));
    (void)cron.nextFireTime(after, berlin);
    return 0;
}
