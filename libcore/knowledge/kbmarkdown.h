#pragma once
// Article bodies between the HTML the knowledge base stores and Markdown files people edit in any text editor.
// Only the subset articles use: headings, paragraphs, line breaks, bold, italic, code, links, flat bullet and
// numbered lists, pipe tables and rules. libcore has no QtGui (QTextDocument::toMarkdown), hence this converter.
// An HTML body in that subset, written as the shipped articles are, comes back from Markdown byte for byte.

#include <QString>

namespace hotline::knowledge {

// Other tags are dropped with their text kept; nested lists are flattened.
QString htmlToMarkdown(const QString& html);

// Any text is valid Markdown: what is not recognised becomes paragraphs. Blocks are joined by line breaks.
QString markdownToHtml(const QString& markdown);

} // namespace hotline::knowledge
