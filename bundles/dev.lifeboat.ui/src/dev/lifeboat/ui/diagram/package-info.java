/**
 * The diagram editor: renders what {@code dev.lifeboat.core.diagram} decided (nodes, edges, positions) on an
 * SWT canvas and turns mouse gestures into session commands through {@link dev.lifeboat.ui.session.DiagramEdits}.
 */
package dev.lifeboat.ui.diagram;
