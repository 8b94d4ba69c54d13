#include "userprompts.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

UserPrompts::ConfirmHandler &UserPrompts::confirmHandler()
{
    static ConfirmHandler handler;
    return handler;
}

UserPrompts::UrlHandler &UserPrompts::urlHandler()
{
    static UrlHandler handler;
    return handler;
}

void UserPrompts::setConfirmHandler(ConfirmHandler handler)
{
    confirmHandler() = std::move(handler);
}

void UserPrompts::setUrlHandler(UrlHandler handler)
{
    urlHandler() = std::move(handler);
}

bool UserPrompts::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
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

void UserPrompts::openUrl(const QUrl &url)
{
    if (urlHandler())
        urlHandler()(url);
    else
        QDesktopServices::openUrl(url);
}

} // namespace brickdesk
