#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace brickdesk {

class JobHistoryService;
class JsonDiffView;

// A job's History tab: every archived version of its settings (first and last seen), and for
// the selected one a structural diff against the current settings, with both side by side,
// and "Restore this version", which saves it back after a confirmation.
class JobHistoryWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit JobHistoryWidget(JobHistoryService *service, QWidget *parent = nullptr);

    QTableWidget *versionsView() const { return m_versions; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPlainTextEdit *versionView() const { return m_version; }
    QPlainTextEdit *currentView() const { return m_current; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *restoreButton() const { return m_restoreButton; }
    QLabel *restoreLabel() const { return m_restoreStatus; }

private:
    void showVersions();
    void showSelected();
    void showRestoreState();
    void confirmRestore();

    JobHistoryService *m_service;
    QLabel *m_status = nullptr;
    QTableWidget *m_versions = nullptr;
    JsonDiffView *m_diffView = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPlainTextEdit *m_version = nullptr;
    QPlainTextEdit *m_current = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QLabel *m_restoreStatus = nullptr;
};

} // namespace brickdesk
