#pragma once

#include <QStyledItemDelegate>

namespace brickdesk {

// Shows a job's schedule or trigger in words ("Every day at 02:00 UTC", "Paused — …") from the
// row's raw job JSON (`rawJsonRole`), whatever text the model itself has for the column.
class ScheduleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ScheduleDelegate(int rawJsonRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_rawJsonRole;
};

} // namespace brickdesk
