#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace shiftdesk {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignHCenter);
    heading->setTextFormat(Qt::PlainText);

    auto* body = new QLabel(explanation, this);
    body->setObjectName(QStringLiteral("placeholderText"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    body->setTextFormat(Qt::PlainText);
    body->setMaximumWidth(560);
    body->setForegroundRole(QPalette::PlaceholderText);

    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setAccessibleName(title);
}

} // namespace shiftdesk
