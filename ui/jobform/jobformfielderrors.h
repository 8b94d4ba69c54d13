#pragma once

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace brickdesk {

// The error labels under the job form's fields, by key ("name", "task.notebook_path",
// "cluster.node_type_id", "schedule.quartz_cron_expression"...). Tabs wrap their fields;
// the dialog shows the controller's issues through show().
class JobFormFieldErrors final
{
public:
    // `field` in a container with a hidden error label (objectName "error:<key>") under it.
    QWidget *wrap(QWidget *field, const QString &key);
    bool contains(const QString &key) const { return m_labels.contains(key); }
    // Sets every label: its message, or hidden when it has none.
    void show(const QHash<QString, QString> &messages);

private:
    QHash<QString, QLabel *> m_labels;
};

} // namespace brickdesk
