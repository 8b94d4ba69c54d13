#include "common/preferences.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

const QString kGroup = u"Preferences/"_s;
const QString kRefresh = u"refreshIntervalSeconds"_s;
const QString kTimeZone = u"timeZoneDisplay"_s;
const QString kLanguage = u"language"_s;
const QString kNotifications = u"notifications"_s;
const QString kCostRates = u"costRates"_s;
const QString kDefaultCostRate = u"defaultCostRate"_s;
const QString kCurrency = u"currency"_s;
const QString kCaCertificates = u"caCertificates"_s;

QString timeZoneName(Preferences::TimeZoneDisplay display)
{
    return display == Preferences::TimeZoneDisplay::Utc ? u"utc"_s : u"local"_s;
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{ }

Preferences::Preferences(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

Preferences::~Preferences() = default;

Preferences *Preferences::instance()
{
    static QPointer<Preferences> shared;
    if (!shared) {
        Q_ASSERT_X(QCoreApplication::instance(), "Preferences::instance", "needs a QCoreApplication");
        shared = new Preferences(QCoreApplication::instance());
    }
    return shared;
}

QVariant Preferences::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(kGroup + key, fallback);
}

bool Preferences::store(const QString &key, const QVariant &value)
{
    if (m_settings->contains(kGroup + key) && m_settings->value(kGroup + key) == value)
        return false;
    m_settings->setValue(kGroup + key, value);
    m_settings->sync();
    return true;
}

int Preferences::refreshIntervalSeconds() const
{
    bool ok = false;
    const int seconds = value(kRefresh, DefaultRefreshIntervalSeconds).toInt(&ok);
    return ok && seconds >= 0 ? seconds : DefaultRefreshIntervalSeconds;
}

void Preferences::setRefreshIntervalSeconds(int seconds)
{
    seconds = qMax(0, seconds);
    if (seconds == refreshIntervalSeconds())
        return;
    store(kRefresh, seconds);
    emit refreshIntervalChanged(seconds);
    emit changed();
}

Preferences::TimeZoneDisplay Preferences::timeZoneDisplay() const
{
    return value(kTimeZone, QString()).toString() == timeZoneName(TimeZoneDisplay::Utc)
        ? TimeZoneDisplay::Utc
        : TimeZoneDisplay::Local;
}

void Preferences::setTimeZoneDisplay(TimeZoneDisplay display)
{
    if (display == timeZoneDisplay())
        return;
    store(kTimeZone, timeZoneName(display));
    emit timeZoneDisplayChanged(display);
    emit changed();
}

QString Preferences::language() const
{
    return value(kLanguage, QString()).toString();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    store(kLanguage, language);
    emit languageChanged(language);
    emit changed();
}

bool Preferences::notificationsEnabled() const
{
    return value(kNotifications, true).toBool();
}

void Preferences::setNotificationsEnabled(bool enabled)
{
    if (enabled == notificationsEnabled())
        return;
    store(kNotifications, enabled);
    emit notificationsEnabledChanged(enabled);
    emit changed();
}

QMap<QString, double> Preferences::costRates() const
{
    QMap<QString, double> rates;
    const QVariantMap stored = value(kCostRates, QVariantMap()).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        bool ok = false;
        const double rate = it.value().toDouble(&ok);
        if (ok && rate >= 0 && !it.key().isEmpty())
            rates.insert(it.key(), rate);
    }
    return rates;
}

void Preferences::setCostRates(const QMap<QString, double> &rates)
{
    if (rates == costRates())
        return;
    QVariantMap stored;
    for (auto it = rates.cbegin(); it != rates.cend(); ++it) {
        if (!it.key().isEmpty() && it.value() >= 0)
            stored.insert(it.key(), it.value());
    }
    store(kCostRates, stored);
    emit costRatesChanged();
    emit changed();
}

double Preferences::defaultCostRate() const
{
    bool ok = false;
    const double rate = value(kDefaultCostRate, 0.0).toDouble(&ok);
    return ok && rate >= 0 ? rate : 0.0;
}

void Preferences::setDefaultCostRate(double rate)
{
    rate = qMax(0.0, rate);
    if (qFuzzyCompare(1.0 + rate, 1.0 + defaultCostRate()))
        return;
    store(kDefaultCostRate, rate);
    emit costRatesChanged();
    emit changed();
}

double Preferences::costRate(const QString &nodeTypeId) const
{
    return costRates().value(nodeTypeId, defaultCostRate());
}

QString Preferences::currency() const
{
    return value(kCurrency, u"USD"_s).toString();
}

void Preferences::setCurrency(const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty() || code == this->currency())
        return;
    store(kCurrency, code);
    emit costRatesChanged();
    emit changed();
}

QString Preferences::caCertificatesPath() const
{
    return value(kCaCertificates, QString()).toString();
}

void Preferences::setCaCertificatesPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed == caCertificatesPath())
        return;
    store(kCaCertificates, trimmed);
    emit caCertificatesPathChanged(trimmed);
    emit changed();
}

QDateTime Preferences::toDisplayTime(const QDateTime &time) const
{
    if (!time.isValid())
        return time;
    return timeZoneDisplay() == TimeZoneDisplay::Utc ? time.toUTC() : time.toLocalTime();
}

QString Preferences::formatDateTime(const QDateTime &time, QLocale::FormatType format) const
{
    if (!time.isValid())
        return {};
    const QString text = QLocale().toString(toDisplayTime(time), format);
    return timeZoneDisplay() == TimeZoneDisplay::Utc ? text + u" UTC"_s : text;
}

QString Preferences::formatTime(const QDateTime &time, QLocale::FormatType format) const
{
    if (!time.isValid())
        return {};
    const QString text = QLocale().toString(toDisplayTime(time).time(), format);
    return timeZoneDisplay() == TimeZoneDisplay::Utc ? text + u" UTC"_s : text;
}

void Preferences::resetToDefaults()
{
    const int refresh = refreshIntervalSeconds();
    const TimeZoneDisplay zone = timeZoneDisplay();
    const QString lang = language();
    const bool notify = notificationsEnabled();
    const auto rates = costRates();
    const double defaultRate = defaultCostRate();
    const QString money = currency();
    const QString caPath = caCertificatesPath();

    m_settings->remove(u"Preferences"_s);
    m_settings->sync();

    bool any = false;
    if (refresh != refreshIntervalSeconds()) {
        emit refreshIntervalChanged(refreshIntervalSeconds());
        any = true;
    }
    if (zone != timeZoneDisplay()) {
        emit timeZoneDisplayChanged(timeZoneDisplay());
        any = true;
    }
    if (lang != language()) {
        emit languageChanged(language());
        any = true;
    }
    if (notify != notificationsEnabled()) {
        emit notificationsEnabledChanged(notificationsEnabled());
        any = true;
    }
    if (rates != costRates() || defaultRate != defaultCostRate() || money != currency()) {
        emit costRatesChanged();
        any = true;
    }
    if (caPath != caCertificatesPath()) {
        emit caCertificatesPathChanged(caCertificatesPath());
        any = true;
    }
    if (any)
        emit changed();
}

} // namespace brickdesk
