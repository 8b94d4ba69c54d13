#include "common/prompts.h"

#include "common/serverlink.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Prompts::ConfirmHandler &Prompts::confirmHandler()
{
    static ConfirmHandler handler;
    return handler;
}

Prompts::SaveFileNameHandler &Prompts::saveFileNameHandler()
{
    static SaveFileNameHandler handler;
    return handler;
}

Prompts::UrlHandler &Prompts::urlHandler()
{
    static UrlHandler handler;
    return handler;
}

Prompts::NoticeHandler &Prompts::noticeHandler()
{
    static NoticeHandler handler;
    return handler;
}

void Prompts::setNoticeHandler(NoticeHandler handler)
{
    noticeHandler() = std::move(handler);
}

void Prompts::setConfirmHandler(ConfirmHandler handler)
{
    confirmHandler() = std::move(handler);
}

void Prompts::setSaveFileNameHandler(SaveFileNameHandler handler)
{
    saveFileNameHandler() = std::move(handler);
}

void Prompts::setUrlHandler(UrlHandler handler)
{
    urlHandler() = std::move(handler);
}

bool Prompts::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    if (confirmHandler())
        return confirmHandler()(parent, title, text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(u"confirmationBox"_s);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString Prompts::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    if (saveFileNameHandler())
        return saveFileNameHandler()(caption, suggestedName);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(dir).filePath(suggestedName), filter);
}

void Prompts::openUrl(const QUrl &url)
{
    if (urlHandler())
        urlHandler()(url);
    else
        QDesktopServices::openUrl(url);
}

void Prompts::openServerUrl(QWidget *parent, const QUrl &link, const QUrl &workspace)
{
    if (ServerLink::isOpenable(link, workspace)) {
        openUrl(link);
        return;
    }
    const QString title = tr("Link not opened");
    const QString text
        = tr("The workspace gave this address, which is not on its own secure address (%1), so Brickdesk "
             "does not open it:\n\n%2")
              .arg(workspace.toDisplayString(), link.toDisplayString());
    if (noticeHandler()) {
        noticeHandler()(parent, title, text);
        return;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setObjectName(u"linkNotOpenedBox"_s);
    // What the server sent is text: never rendered, but selectable so it can be copied.
    box.setTextFormat(Qt::PlainText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace brickdesk
