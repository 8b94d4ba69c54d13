#pragma once

#include "common/workspacepage.h"

namespace brickdesk {

// Placeholder until the jobs screen lands.
class JobsPage final : public WorkspacePage
{
    Q_OBJECT
public:
    explicit JobsPage(QWidget *parent = nullptr);
    void setConnection(Connection *connection) override;
    void refresh() override;
    void showJob(qint64 jobId);
};

} // namespace brickdesk
