#pragma once
// Start-up steps shared by main() and the GUI tests: translators, fonts, opening the workspace.

#include "common/workspace.h"
#include "core/result.h"

#include <memory>

class QApplication;

namespace hotline::ui {

// Simplified Chinese unless language is "en". Returns false when the Chinese catalogue is missing.
bool installTranslators(QApplication& app, const QString& language);
// Prefers a CJK font so Chinese never falls back to boxes or mixed glyph styles.
void chooseFont(QApplication& app);

// Opens the store at path and loads the reply-deadline policy. Nobody is logged in yet (currentOperator is empty):
// the login dialog sets it.
Result<std::unique_ptr<Workspace>> openWorkspace(const QString& path, const Clock& clock, IdGenerator& ids);

} // namespace hotline::ui
