#include "runoutputhtml.h"

#include "common/textcolours.h"
#include "domain/runoutput.h"
#include "domain/runtask.h"
#include "runs/runstyle.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString pre(const QString &text, const QString &style = {})
{
    return u"<pre style='white-space:pre-wrap; %1'>%2</pre>"_s.arg(style, text.toHtmlEscaped());
}

} // namespace

QString RunOutputHtml::task(
    const RunTask &task, const RunOutput *output, const QString &fetchError, const QPalette &palette)
{
    // On the browser's Base; the state keeps its hue, made readable there.
    const TextColours colours = TextColours::fromPalette(palette, QPalette::Base);
    const QString error = TextColours::css(colours.error);
    const qint64 taskRunId = task.runId();
    const QString key = task.taskKey();
    const RunDisplayState state = task.displayState();
    QString html
        = u"<a name='task-%1'></a><h3>%2 <span style='color:%3'>— %4</span></h3>"_s.arg(taskRunId).arg(
            (key.isEmpty() ? tr("Run %1").arg(taskRunId) : key).toHtmlEscaped(),
            TextColours::css(TextColours::textOn(RunStyle::color(state.category()), colours.background)),
            state.text().toHtmlEscaped());
    if (!task.conditionOutcome().isEmpty()) {
        html += u"<p>%1</p>"_s.arg(
            tr("Condition <code>%1</code> evaluated to <b>%2</b>.")
                .arg(task.task().conditionText().toHtmlEscaped(), task.conditionOutcome().toHtmlEscaped()));
    }
    if (!state.isTerminal())
        return html + u"<p><i>%1</i></p>"_s.arg(tr("Output appears when the task has finished."));
    if (!fetchError.isEmpty()) {
        return html
            + u"<p style='color:%1'>%2</p>"_s.arg(
                error, tr("The output could not be read: %1").arg(fetchError).toHtmlEscaped());
    }
    if (!output)
        return html + u"<p><i>%1</i></p>"_s.arg(tr("Loading output…"));
    QString sections;
    if (!output->error().isEmpty())
        sections += u"<p><b>%1</b></p>"_s.arg(tr("Error")) + pre(output->error(), u"color:"_s + error);
    if (!output->errorTrace().isEmpty())
        sections += u"<p><b>%1</b></p>"_s.arg(tr("Trace"))
            + pre(output->errorTrace(), u"color:"_s + TextColours::css(colours.trace));
    if (output->childRunId() > 0) {
        sections += u"<p>%1</p>"_s.arg(tr("Started run <a href='run:%1'>%1</a> of job %2.")
                                           .arg(output->childRunId())
                                           .arg(task.task().runJobId()));
    }
    if (output->hasNotebookResult()) {
        sections += u"<p><b>%1</b>%2</p>"_s.arg(tr("Notebook result"),
                        output->notebookResultTruncated() ? tr(" (truncated to the first 5 MB)") : QString())
            + pre(output->notebookResult());
    }
    if (!output->logs().isEmpty()) {
        sections += u"<p><b>%1</b>%2</p>"_s.arg(
                        tr("Logs"), output->logsTruncated() ? tr(" (only the last 5 MB)") : QString())
            + pre(output->logs());
    }
    if (!output->info().isEmpty())
        sections += pre(output->info());
    const auto others = output->otherSectionTexts();
    for (const auto &[section, text] : others) {
        if (section != u"run_job_output"_s)
            sections += u"<p><b>%1</b></p>"_s.arg(section.toHtmlEscaped()) + pre(text);
    }
    return html + (sections.isEmpty() ? u"<p><i>%1</i></p>"_s.arg(tr("No output.")) : sections);
}

} // namespace brickdesk
