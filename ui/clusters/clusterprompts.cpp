#include "clusters/clusterprompts.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace brickdesk::clusterprompts {

namespace {

SaveFileNameHandler &saveHandler()
{
    static SaveFileNameHandler handler;
    return handler;
}

ConfirmHandler &confirmHandler()
{
    static ConfirmHandler handler;
    return handler;
}

} // namespace

QString saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    if (saveHandler())
        return saveHandler()(caption, suggestedName);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(dir).filePath(suggestedName), filter);
}

void setSaveFileNameHandler(SaveFileNameHandler handler)
{
    saveHandler() = std::move(handler);
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    if (confirmHandler())
        return confirmHandler()(title, text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void setConfirmHandler(ConfirmHandler handler)
{
    confirmHandler() = std::move(handler);
}

} // namespace brickdesk::clusterprompts
