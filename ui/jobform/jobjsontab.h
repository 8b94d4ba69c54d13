#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace brickdesk {

class JobFormController;

// The job form's "JSON" tab: exactly what Create/Save sends, editable on request.
class JobJsonTab final : public QWidget
{
    Q_OBJECT

public:
    explicit JobJsonTab(JobFormController *controller, QWidget *parent = nullptr);

    // Shows the form's JSON unless the user is editing it.
    void refresh();
    // Locked jobs: the JSON stays readable, not editable.
    void setEditingAllowed(bool allowed);

private:
    void apply();

    JobFormController *m_controller;
    QPlainTextEdit *m_json = nullptr;
    QCheckBox *m_editable = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace brickdesk
