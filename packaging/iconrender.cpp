// Build-time tool: renders the scalable app icon to the PNG sizes that desktop environments
// and the .deb expect (hicolor theme), so only the SVG is kept in the repository.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: iconrender SOURCE.svg SIZE OUTPUT.png\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    const int size = args.at(2).toInt();
    if (!renderer.isValid() || size <= 0)
        return 1;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.save(args.at(3)) ? 0 : 1;
}
