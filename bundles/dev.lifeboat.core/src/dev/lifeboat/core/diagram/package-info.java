/**
 * The topology as a diagram, decided without a display: {@link dev.lifeboat.core.diagram.DiagramMapper} turns
 * the model into a graph of nested nodes and edges, {@link dev.lifeboat.core.diagram.DiagramLayout} places it
 * with Eclipse ELK. The UI only paints the result.
 */
package dev.lifeboat.core.diagram;
