#include "PlaceholderPage.h"

#include <QHBoxLayout>
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
    body->setMinimumWidth(320);
    body->setMaximumWidth(600);
    body->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    layout->addWidget(heading);
    layout->addSpacing(8);
    // Centred without an alignment flag, so the label keeps height-for-width and wraps fully.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(body, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(3);
    setAccessibleName(title);
}

} // namespace shiftdesk
