#include "scheduledelegate.h"

#include "joboverview.h"

#include <QJsonObject>

namespace brickdesk {

ScheduleDelegate::ScheduleDelegate(int rawJsonRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_rawJsonRole(rawJsonRole)
{ }

void ScheduleDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QJsonObject job = index.data(m_rawJsonRole).toJsonObject();
    if (!job.isEmpty())
        option->text = JobOverview::scheduleText(job.value(QLatin1String("settings")).toObject());
}

} // namespace brickdesk
