#include "jobform/jobformfielderrors.h"

#include "common/textcolours.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QWidget *JobFormFieldErrors::wrap(QWidget *field, const QString &key)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    // The form's label names the container; this way its mnemonic (and screen readers, through
    // nameFieldsAfterLabels()) reach the field.
    container->setFocusProxy(field);
    auto *error = new QLabel;
    error->setObjectName(u"error:"_s + key);
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    TextColours::follow(error, TextColours::Role::Error);
    error->setVisible(false);
    layout->addWidget(error);
    m_labels.insert(key, error);
    return container;
}

void JobFormFieldErrors::show(const QHash<QString, QString> &messages)
{
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        const QString message = messages.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
}

} // namespace brickdesk
