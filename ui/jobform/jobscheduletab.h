#pragma once

#include "jobform/jobtriggerform.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
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
    void editDetails(const std::function<void(JobTriggerForm &)> &apply);

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
    QPlainTextEdit *m_tableNames = nullptr;
    QComboBox *m_tableCondition = nullptr;
    QSpinBox *m_tableMinBetween = nullptr;
    QSpinBox *m_tableWaitAfter = nullptr;
    QComboBox *m_modelCondition = nullptr;
    QLineEdit *m_modelSecurable = nullptr;
    QLineEdit *m_modelAliases = nullptr;
    QSpinBox *m_modelMinBetween = nullptr;
    QSpinBox *m_modelWaitAfter = nullptr;
    QLineEdit *m_sqlWarehouse = nullptr;
    QLineEdit *m_sqlQuery = nullptr;
    QComboBox *m_sqlMode = nullptr;
    QPlainTextEdit *m_otherJson = nullptr;
};

} // namespace brickdesk
