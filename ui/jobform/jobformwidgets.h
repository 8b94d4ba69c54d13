#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Small pieces the job form's tabs share: text <-> map/list conversions and spin boxes whose
// minimum means "not set" (the server default applies).
namespace brickdesk::jobformwidgets {

// One non-empty, trimmed entry per line.
QStringList parseLines(const QString &text);
// Addresses separated by commas, semicolons or white space.
QStringList parseAddresses(const QString &text);

QSpinBox *optionalSpin(int unsetValue, int maximum, const QString &unsetText, const QString &objectName);
void setOptional(QSpinBox *spin, const std::optional<int> &value);
std::optional<int> optionalOf(const QSpinBox *spin);

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder = {});
QPlainTextEdit *smallTextEdit(
    const QString &objectName, const QString &placeholder = {}, int maximumHeight = 60);

// A combo box of enum values: the known ones with their words, plus whatever unknown value
// the JSON holds, shown as it comes (so it survives a save that does not touch it).
void showEnumValue(QComboBox *combo, const QString &value);

} // namespace brickdesk::jobformwidgets
