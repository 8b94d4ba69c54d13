#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace brickdesk {

// Chooses the user-interface language and installs the translators (Brickdesk's own, embedded
// under :/i18n/, and Qt's qtbase_* from QLibraryInfo::TranslationsPath).
//
// The language is, in order: the Preferences choice (unless it follows the system), then the
// first usable entry of LANGUAGE, then LC_ALL, LC_MESSAGES and LANG (gettext's order). "C" and
// "POSIX" mean no preference. Entries map onto the shipped translations by exact name
// ("pt_BR") or by language ("pt_PT" → "pt_BR"); with no match the interface stays English.
class Localization final
{
public:
    // The translations Brickdesk ships, English (the source language) first.
    static QStringList availableLanguages();
    // The language's name in that language, e.g. "Português (Brasil)"; for the Preferences list.
    static QString nativeName(const QString &language);

    // `available` defaults to availableLanguages().
    static QString resolveLanguage(const QString &preference,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        const QStringList &available = {});
    // The shipped translation that serves this locale name ("pt_BR.UTF-8" → "pt_BR"), or empty.
    static QString matchLanguage(const QString &localeName, const QStringList &available = {});

    // Installs the translators for the language (replacing earlier ones) and makes its QLocale the
    // default when the system locale speaks another language. Returns false when Brickdesk's own
    // translation for a non-English language could not be loaded.
    static bool install(const QString &language);
    // The language install() last applied ("en" before any call).
    static QString installedLanguage();
};

} // namespace brickdesk
