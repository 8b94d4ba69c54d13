#pragma once

#include <QDialog>
#include <QMap>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace brickdesk {

class ArchivePreferencesPanel;
class Preferences;

// Edits the Preferences: automatic refresh, time zone of displayed times, language (applies on
// restart), desktop notifications and the cost rates per node type. Nothing is written until
// OK; "Restore Defaults" only resets the form. Its Local archive tab shows each workspace's
// archive and prunes or deletes one (at once: that is not a setting).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);

    // Node types offered when adding a cost rate (e.g. the workspace's node types).
    void setKnownNodeTypes(const QStringList &nodeTypeIds);

    // The open workspaces' names for their archive files (WorkspaceSet::archivePath).
    void setArchiveNames(const QMap<QString, QString> &nameByPath);
    ArchivePreferencesPanel *archivePanel() const { return m_archive; }
    QTabWidget *tabs() const { return m_tabs; }

    // Writes the form into the Preferences (done by OK).
    void apply();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void loadDefaults();
    void addRateRow(const QString &nodeType = {}, double rate = 0.0);
    void removeSelectedRates();

    Preferences *m_preferences;
    QStringList m_knownNodeTypes;
    QSpinBox *m_refresh = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_notifications = nullptr;
    QLineEdit *m_caCertificates = nullptr;
    QLineEdit *m_currency = nullptr;
    QDoubleSpinBox *m_defaultRate = nullptr;
    QTableWidget *m_rates = nullptr;
    QWidget *m_settingsPage = nullptr;
    QScrollArea *m_settingsScroll = nullptr;
    QTabWidget *m_tabs = nullptr;
    ArchivePreferencesPanel *m_archive = nullptr;
    bool m_sizeRestored = false;
    bool m_fittedOnce = false;
};

} // namespace brickdesk
