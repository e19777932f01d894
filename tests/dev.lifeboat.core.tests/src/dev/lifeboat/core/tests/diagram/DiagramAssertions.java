package dev.lifeboat.core.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.lifeboat.core.diagram.Bounds;
import dev.lifeboat.core.diagram.Diagram;
import dev.lifeboat.core.diagram.DiagramEdge;
import dev.lifeboat.core.diagram.DiagramNode;
import dev.lifeboat.model.Bridge;
import dev.lifeboat.model.Host;
import dev.lifeboat.model.OverlayNetwork;
import dev.lifeboat.model.PhysicalNic;
import dev.lifeboat.model.Site;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.VirtualMachine;

/** What every laid-out physical view must satisfy, whatever the topology and the hand-placed positions. */
final class DiagramAssertions {

	private DiagramAssertions() {
	}

	/** Every segment of every route is horizontal or vertical. */
	static void assertOrthogonal(Diagram diagram) {
		for (DiagramEdge edge : diagram.edges()) {
			List<DiagramEdge.Point> route = edge.route();
			for (int i = 1; i < route.size(); i++) {
				DiagramEdge.Point a = route.get(i - 1);
				DiagramEdge.Point b = route.get(i);
				assertTrue(a.x() == b.x() || a.y() == b.y(), "segment " + a + " - " + b + " of " + edge.element());
			}
		}
	}

	/**
	 * No segment of any route meets the inside of a box other than its ends (the VM or bridge it starts at, the
	 * bridge, NIC, overlay band or VTEP mark it ends at) and the containers holding them.
	 */
	static void assertRoutesAvoidBoxes(Diagram diagram) {
		for (DiagramEdge edge : diagram.edges()) {
			Set<DiagramNode> allowed = new HashSet<>();
			allowed.addAll(selfAndAncestors(edge.source()));
			allowed.addAll(selfAndAncestors(edge.target()));
			DiagramEdge.Point last = edge.route().get(edge.route().size() - 1);
			edge.target().children().stream().filter(mark -> mark.bounds().contains(last.x(), last.y()))
					.forEach(allowed::add);
			List<DiagramEdge.Point> route = edge.route();
			for (int i = 1; i < route.size(); i++) {
				Bounds segment = segment(route.get(i - 1), route.get(i));
				diagram.visit(segment, node -> {
					if (!allowed.contains(node) && crosses(segment, node.bounds())) {
						fail("the edge of " + edge.element() + " from " + edge.source().label() + " to "
								+ edge.target().label() + " crosses " + node);
					}
				});
			}
		}
	}

	private static List<DiagramNode> selfAndAncestors(DiagramNode node) {
		List<DiagramNode> chain = new ArrayList<>();
		for (DiagramNode at = node; at != null; at = at.parent()) {
			chain.add(at);
		}
		return chain;
	}

	private static Bounds segment(DiagramEdge.Point a, DiagramEdge.Point b) {
		return new Bounds(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
				Math.abs(a.y() - b.y()));
	}

	/** Whether a horizontal or vertical segment passes through the inside of {@code box}: its border does not count. */
	private static boolean crosses(Bounds segment, Bounds box) {
		return segment.x() < box.right() && box.x() < segment.right() && segment.y() < box.bottom()
				&& box.y() < segment.bottom();
	}

	static void assertEveryElementPlaced(Topology topology, Diagram diagram) {
		for (EObject element : (Iterable<EObject>) topology::eAllContents) {
			if (element instanceof Site || element instanceof Host || element instanceof VirtualMachine
					|| element instanceof PhysicalNic || element instanceof Bridge
					|| element instanceof OverlayNetwork) {
				DiagramNode node = diagram.node(element).orElseThrow(() -> new AssertionError("not drawn: " + element));
				assertTrue(node.bounds().width() > 0 && node.bounds().height() > 0, "placed: " + node);
				assertTrue(diagram.bounds().encloses(node.bounds()), "inside the diagram: " + node);
			}
		}
	}

	static void assertNoSiblingOverlaps(List<DiagramNode> siblings) {
		List<DiagramNode> byX = new ArrayList<>(siblings);
		byX.sort(Comparator.comparingDouble(node -> node.bounds().x()));
		for (int i = 0; i < byX.size(); i++) {
			Bounds a = byX.get(i).bounds();
			for (int j = i + 1; j < byX.size() && byX.get(j).bounds().x() < a.right(); j++) {
				if (a.overlaps(byX.get(j).bounds())) {
					fail(byX.get(i) + " overlaps " + byX.get(j));
				}
			}
		}
		siblings.forEach(node -> assertNoSiblingOverlaps(node.children()));
	}

	static void assertEnclosed(List<DiagramNode> nodes) {
		for (DiagramNode node : nodes) {
			for (DiagramNode child : node.children()) {
				assertTrue(node.bounds().encloses(child.bounds()), node + " encloses " + child);
			}
			assertEnclosed(node.children());
		}
	}
}
