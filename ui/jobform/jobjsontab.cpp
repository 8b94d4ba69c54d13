#include "jobform/jobjsontab.h"

#include "common/textcolours.h"
#include "jobform/jobformcontroller.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

JobJsonTab::JobJsonTab(JobFormController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    auto *explanation
        = new QLabel(tr("This is exactly what will be sent. Switch on editing to change it directly; "
                        "fields the form does not show are kept as they are."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_json = new QPlainTextEdit;
    m_json->setObjectName(u"jsonPreview"_s);
    m_json->setAccessibleName(tr("The job as JSON"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"DejaVu Sans Mono"_s);
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);
    layout->addWidget(m_json, 1);
    m_error = new QLabel;
    m_error->setObjectName(u"jsonError"_s);
    m_error->setTextFormat(Qt::PlainText);
    TextColours::follow(m_error, TextColours::Role::Error);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_editable = new QCheckBox(tr("&Edit JSON"));
    m_editable->setObjectName(u"jsonEditToggle"_s);
    m_apply = new QPushButton(tr("&Apply to form"));
    m_apply->setObjectName(u"jsonApplyButton"_s);
    m_apply->setEnabled(false);
    buttons->addWidget(m_editable);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    connect(m_editable, &QCheckBox::toggled, this, [this](bool editable) {
        m_json->setReadOnly(!editable);
        m_apply->setEnabled(editable);
        if (!editable) {
            m_error->clear();
            refresh();
        }
    });
    connect(m_apply, &QPushButton::clicked, this, &JobJsonTab::apply);
}

void JobJsonTab::refresh()
{
    if (m_editable->isChecked())
        return; // do not overwrite what the user is typing
    m_json->setPlainText(
        QString::fromUtf8(QJsonDocument(m_controller->form().toJson()).toJson(QJsonDocument::Indented)));
}

void JobJsonTab::setEditingAllowed(bool allowed)
{
    if (!allowed)
        m_editable->setChecked(false);
    m_editable->setEnabled(allowed);
}

void JobJsonTab::apply()
{
    QString error;
    if (!m_controller->applyJsonText(m_json->toPlainText(), &error)) {
        m_error->setText(error);
        return;
    }
    m_error->clear();
}

} // namespace brickdesk
