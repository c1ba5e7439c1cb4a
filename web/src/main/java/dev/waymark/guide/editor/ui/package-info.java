/**
 * The editors' screens: the list of guides in any status, and the editor for every part of a guide with its
 * translations side by side. Staff only; the views go through {@link dev.waymark.guide.EditorGuides}.
 */
@NullMarked
package dev.waymark.guide.editor.ui;

import org.jspecify.annotations.NullMarked;
