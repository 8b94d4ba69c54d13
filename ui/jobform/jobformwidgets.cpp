#include "jobform/jobformwidgets.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::jobformwidgets {

QStringList parseLines(const QString &text)
{
    QStringList list;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    }
    return list;
}

QStringList parseAddresses(const QString &text)
{
    QStringList list;
    const QStringList parts = text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        list << part.trimmed();
    return list;
}

QSpinBox *optionalSpin(int unsetValue, int maximum, const QString &unsetText, const QString &objectName)
{
    auto *spin = new QSpinBox;
    spin->setRange(unsetValue, maximum);
    spin->setSpecialValueText(unsetText);
    spin->setObjectName(objectName);
    return spin;
}

void setOptional(QSpinBox *spin, const std::optional<int> &value)
{
    spin->setValue(value ? *value : spin->minimum());
}

std::optional<int> optionalOf(const QSpinBox *spin)
{
    if (spin->value() == spin->minimum())
        return std::nullopt;
    return spin->value();
}

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPlainTextEdit *smallTextEdit(const QString &objectName, const QString &placeholder, int maximumHeight)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumHeight(maximumHeight);
    // One value per line, never a tab: Tab goes on to the next field.
    edit->setTabChangesFocus(true);
    return edit;
}

void showEnumValue(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        // Unknown to this version: shown verbatim, kept unless the user picks another.
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace brickdesk::jobformwidgets
