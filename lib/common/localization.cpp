#include "common/localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

const QString kSourceLanguage = u"en"_s;

struct Installed
{
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
    QString language = kSourceLanguage;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// "pt_BR.UTF-8@euro" → "pt_BR"; "C"/"POSIX" → "".
QString cleanLocaleName(QString name)
{
    name = name.trimmed();
    const qsizetype cut = name.indexOf(QRegularExpression(u"[.@]"_s));
    if (cut >= 0)
        name.truncate(cut);
    name.replace(u'-', u'_');
    if (name.isEmpty() || name == u"C" || name == u"POSIX")
        return {};
    return name;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList Localization::availableLanguages()
{
    QStringList languages {kSourceLanguage};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"brickdesk_*.qm"_s});
    for (const QString &file : files) {
        const QString language = file.mid(10).chopped(3); // brickdesk_<lang>.qm
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString Localization::nativeName(const QString &language)
{
    if (language == kSourceLanguage)
        return u"English"_s;
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    name[0] = name.at(0).toUpper();
    if (language.contains(u'_'))
        name += u" (%1)"_s.arg(locale.nativeTerritoryName());
    return name;
}

QString Localization::matchLanguage(const QString &localeName, const QStringList &shipped)
{
    const QString name = cleanLocaleName(localeName);
    if (name.isEmpty())
        return {};
    const QStringList available = shipped.isEmpty() ? availableLanguages() : shipped;
    if (available.contains(name))
        return name;
    const QString languageCode = name.section(u'_', 0, 0).toLower();
    for (const QString &candidate : available) {
        if (candidate.section(u'_', 0, 0).toLower() == languageCode)
            return candidate;
    }
    return {};
}

QString Localization::resolveLanguage(
    const QString &preference, const QProcessEnvironment &environment, const QStringList &shipped)
{
    const QStringList available = shipped.isEmpty() ? availableLanguages() : shipped;
    if (!preference.isEmpty() && preference != u"system") {
        const QString match = matchLanguage(preference, available);
        if (!match.isEmpty())
            return match;
    }
    QStringList candidates = environment.value(u"LANGUAGE"_s).split(u':', Qt::SkipEmptyParts);
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"})
        candidates.append(environment.value(QString::fromLatin1(variable)));
    for (const QString &candidate : std::as_const(candidates)) {
        if (cleanLocaleName(candidate).isEmpty())
            continue;
        const QString match = matchLanguage(candidate, available);
        if (!match.isEmpty())
            return match;
    }
    return kSourceLanguage;
}

bool Localization::install(const QString &language)
{
    Installed &state = installed();
    removeTranslator(state.own);
    removeTranslator(state.qt);
    state.language = kSourceLanguage;

    // The system's formats win when they are in the chosen language (a user's regional
    // settings), but with LANGUAGE=pt_BR and LANG=C the system locale is named pt_BR while it
    // formats like C ("Sunday", "3 Dec 2026"): then the language's own formats are used.
    const QLocale locale(language);
    const QLocale system = QLocale::system();
    const bool systemFormatsItsLanguage
        = system.standaloneDayName(7) == QLocale(system.name()).standaloneDayName(7);
    if (system.language() == locale.language() && systemFormatsItsLanguage)
        QLocale::setDefault(system);
    else
        QLocale::setDefault(locale);

    // English is the source language, but its plurals ("%n job(s)") still need a translation
    // that says "1 job" and "2 jobs"; brickdesk_en holds only those.
    const QString loaded = language.isEmpty() ? kSourceLanguage : language;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(u"brickdesk_"_s + loaded, u":/i18n"_s)) {
        delete own;
        return loaded == kSourceLanguage; // without its plurals English still reads
    }
    QCoreApplication::installTranslator(own);
    state.own = own;
    if (loaded == kSourceLanguage)
        return true;
    state.language = language;

    // Qt's own strings (standard buttons, context menus). Missing when qt6-translations-l10n
    // is not installed: Brickdesk's strings are still translated.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    return true;
}

QString Localization::installedLanguage()
{
    return installed().language;
}

} // namespace brickdesk
