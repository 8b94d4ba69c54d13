#pragma once

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace brickdesk {

// The user's preferences, stored in QSettings (group "Preferences"). Views read them through
// Preferences::instance() and connect to the change signals to react at once; only the
// language needs a restart (the translators are installed before any window exists).
class Preferences final : public QObject
{
    Q_OBJECT
public:
    enum class TimeZoneDisplay { Local, Utc };
    Q_ENUM(TimeZoneDisplay)

    // Off by default: refreshing the Clusters page reloads the selected cluster's events.
    static constexpr int DefaultRefreshIntervalSeconds = 0;

    // Uses the application's default QSettings (organisation/application name).
    explicit Preferences(QObject *parent = nullptr);
    // Uses the given INI file instead (tests, portable setups).
    explicit Preferences(const QString &iniFile, QObject *parent = nullptr);
    ~Preferences() override;

    // The process-wide instance the app's views share; created on first use and owned by
    // QCoreApplication (so it needs one). Signals fire only for changes made through it.
    static Preferences *instance();

    // Seconds between automatic refreshes of the current view; 0 turns them off.
    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);

    TimeZoneDisplay timeZoneDisplay() const;
    void setTimeZoneDisplay(TimeZoneDisplay display);

    // A translation name such as "pt_BR" or "en"; empty follows the system. Applies on restart.
    QString language() const;
    void setLanguage(const QString &language);

    // Desktop notifications when a watched run finishes or fails.
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // Cost estimates: the price of one node-hour of each node type (e.g. "Standard_DS3_v2"),
    // in the currency below; node types without a rate use defaultCostRate().
    QMap<QString, double> costRates() const;
    void setCostRates(const QMap<QString, double> &rates);
    double defaultCostRate() const;
    void setDefaultCostRate(double rate);
    double costRate(const QString &nodeTypeId) const;
    QString currency() const;
    void setCurrency(const QString &currency);

    // A PEM file (or directory) of certificate authorities to trust besides the system's,
    // for a TLS-inspecting corporate proxy; empty for none. Applies to connections opened
    // after the change (see TlsTrust).
    QString caCertificatesPath() const;
    void setCaCertificatesPath(const QString &path);

    // Times shown to the user follow timeZoneDisplay(): converted to UTC or local time, and
    // formatted with the default QLocale (UTC times say so).
    QDateTime toDisplayTime(const QDateTime &time) const;
    QString formatDateTime(const QDateTime &time, QLocale::FormatType format = QLocale::ShortFormat) const;
    QString formatTime(const QDateTime &time, QLocale::FormatType format = QLocale::ShortFormat) const;

    // Discards every stored preference (back to the defaults) and announces the changes.
    void resetToDefaults();

signals:
    void refreshIntervalChanged(int seconds);
    void timeZoneDisplayChanged(brickdesk::Preferences::TimeZoneDisplay display);
    void languageChanged(const QString &language);
    void notificationsEnabledChanged(bool enabled);
    void costRatesChanged();
    void caCertificatesPathChanged(const QString &path);
    // Any of the above.
    void changed();

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    bool store(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace brickdesk
