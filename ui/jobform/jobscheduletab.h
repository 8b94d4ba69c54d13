#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace brickdesk {

class JobFormController;
class JobFormFieldErrors;

// The job form's "Schedule & triggers" tab: what starts the job, and the next fire times of
// a cron schedule.
class JobScheduleTab final : public QWidget
{
    Q_OBJECT

public:
    JobScheduleTab(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent = nullptr);

    void populate();
    // The schedule in words and its next fire times (empty unless the trigger is a schedule).
    void refreshCronPreview();

private:
    void edited();

    JobFormController *m_controller;
    bool m_populating = false;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_paused = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_cron = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_cronPreview = nullptr;
    QLineEdit *m_fileUrl = nullptr;
    QSpinBox *m_fileMinBetween = nullptr;
    QSpinBox *m_fileWaitAfter = nullptr;
    QSpinBox *m_periodicInterval = nullptr;
    QComboBox *m_periodicUnit = nullptr;
};

} // namespace brickdesk
