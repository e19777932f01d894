package dev.lifeboat.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.lifeboat.core.validation.ElementLabels;
import dev.lifeboat.ui.session.AttributeValues;
import dev.lifeboat.ui.session.FeatureNames;
import dev.lifeboat.ui.session.TopologyEdits;
import dev.lifeboat.ui.session.TopologySession;

/**
 * The rows of the Properties part for one element: a field per attribute (text, combo for enums, checkbox for
 * booleans, read-only id) and a combo per single reference. Each edit is one {@link SetCommand} on the
 * session's stack, committed on Enter, focus-out or combo selection; bad numbers are reported under the field
 * and change nothing.
 */
public class PropertySheet {

	/** Widget data key naming the feature a field edits, for tests and accessibility tools. */
	public static final String FEATURE_KEY = "dev.lifeboat.feature";

	private static final String NONE = "(none)";

	private final TopologySession session;
	private final EObject element;
	private final Composite rows;
	private final List<Runnable> refreshers = new ArrayList<>();

	/** Builds the rows for {@code element} in {@code parent}. */
	public PropertySheet(Composite parent, TopologySession session, EObject element) {
		this.session = session;
		this.element = element;
		rows = new Composite(parent, SWT.NONE);
		rows.setLayout(new GridLayout(2, false));
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			attributeRow(attribute);
		}
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isTransient()) {
				referenceRow(reference);
			}
		}
	}

	/** The composite holding the rows. */
	public Composite control() {
		return rows;
	}

	/** Shows the model's current values again (after undo, redo or an edit elsewhere). */
	public void refresh() {
		if (!rows.isDisposed()) {
			refreshers.forEach(Runnable::run);
		}
	}

	private void attributeRow(EAttribute attribute) {
		label(attribute);
		if (attribute.isID() || attribute.isMany() || !attribute.isChangeable()) {
			readOnly(attribute);
		} else if (attribute.getEAttributeType() instanceof EEnum type) {
			enumCombo(attribute, type);
		} else if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
			checkbox(attribute);
		} else {
			textField(attribute);
		}
	}

	private void label(EStructuralFeature feature) {
		Label label = new Label(rows, SWT.NONE);
		label.setText(FeatureNames.of(feature));
		label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
	}

	private void readOnly(EAttribute attribute) {
		Text text = new Text(rows, SWT.BORDER | SWT.READ_ONLY);
		tag(text, attribute);
		bind(() -> text.setText(valueText(attribute)));
	}

	private String valueText(EStructuralFeature feature) {
		Object value = element.eGet(feature);
		if (value instanceof List<?> list) {
			return list.stream().map(item -> item instanceof EObject object ? ElementLabels.describe(object)
					: String.valueOf(item)).collect(Collectors.joining(", "));
		}
		return AttributeValues.format(value);
	}

	private void textField(EAttribute attribute) {
		Text text = new Text(rows, SWT.BORDER);
		tag(text, attribute);
		new Label(rows, SWT.NONE).setLayoutData(hidden());
		Label error = new Label(rows, SWT.WRAP);
		error.setForeground(rows.getDisplay().getSystemColor(SWT.COLOR_RED));
		error.setLayoutData(hidden());
		Runnable commit = () -> {
			if (text.isDisposed()) {
				return;
			}
			AttributeValues.Parsed parsed = AttributeValues.parse(attribute, text.getText());
			showError(error, parsed.error());
			if (parsed.ok() && !java.util.Objects.equals(parsed.value(), element.eGet(attribute))) {
				session.execute(new TopologyEdits(session.domain()).set(element, attribute, parsed.value()));
			}
		};
		text.addListener(SWT.DefaultSelection, event -> commit.run());
		text.addListener(SWT.FocusOut, event -> commit.run());
		bind(() -> {
			text.setText(AttributeValues.format(element.eGet(attribute)));
			showError(error, null);
		});
	}

	private void showError(Label error, String message) {
		// The error line and its spacer only take room while there is something to say.
		boolean show = message != null;
		error.setText(show ? message : "");
		for (Control control : List.of(error, rows.getChildren()[indexOf(error) - 1])) {
			((GridData) control.getLayoutData()).exclude = !show;
			control.setVisible(show);
		}
		rows.getParent().layout(true, true);
	}

	private int indexOf(Control control) {
		return List.of(rows.getChildren()).indexOf(control);
	}

	private static GridData hidden() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.exclude = true;
		return data;
	}

	private void enumCombo(EAttribute attribute, EEnum type) {
		Combo combo = new Combo(rows, SWT.READ_ONLY);
		tag(combo, attribute);
		List<EEnumLiteral> literals = type.getELiterals();
		boolean unsettable = attribute.isUnsettable();
		if (unsettable) {
			combo.add("(default)");
		}
		literals.forEach(literal -> combo.add(literal.getLiteral()));
		int offset = unsettable ? 1 : 0;
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex() - offset;
			Object value = index < 0 ? SetCommand.UNSET_VALUE : literals.get(index).getInstance();
			session.execute(new TopologyEdits(session.domain()).set(element, attribute, value));
		});
		bind(() -> {
			if (unsettable && !element.eIsSet(attribute)) {
				combo.select(0);
			} else {
				Object value = element.eGet(attribute);
				combo.select(offset + literals.indexOf(type.getEEnumLiteralByLiteral(String.valueOf(value))));
			}
		});
	}

	private void checkbox(EAttribute attribute) {
		Button check = new Button(rows, SWT.CHECK);
		tag(check, attribute);
		check.addListener(SWT.Selection, event -> session
				.execute(new TopologyEdits(session.domain()).set(element, attribute, check.getSelection())));
		bind(() -> check.setSelection(Boolean.TRUE.equals(element.eGet(attribute))));
	}

	private void referenceRow(EReference reference) {
		label(reference);
		if (reference.isMany()) {
			Text text = new Text(rows, SWT.BORDER | SWT.READ_ONLY);
			tag(text, reference);
			bind(() -> text.setText(valueText(reference)));
			return;
		}
		Combo combo = new Combo(rows, SWT.READ_ONLY);
		tag(combo, reference);
		List<EObject> candidates = new ArrayList<>();
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			EObject value = index <= 0 ? null : candidates.get(index - 1);
			session.execute(new TopologyEdits(session.domain()).set(element, reference, value));
		});
		bind(() -> {
			candidates.clear();
			candidates.addAll(candidates(reference));
			combo.removeAll();
			combo.add(NONE);
			candidates.forEach(candidate -> combo.add(ElementLabels.describe(candidate)));
			combo.select(candidates.indexOf(element.eGet(reference)) + 1);
		});
	}

	/** Every element of the topology a reference can point to, e.g. all bridges and overlays for a VM NIC. */
	private List<EObject> candidates(EReference reference) {
		List<EObject> candidates = new ArrayList<>();
		for (TreeIterator<EObject> it = EcoreUtil.getRootContainer(element).eAllContents(); it.hasNext();) {
			EObject candidate = it.next();
			if (reference.getEReferenceType().isInstance(candidate)) {
				candidates.add(candidate);
			}
		}
		return candidates;
	}

	/** Keeps {@code refresher} to show the model again later, and shows it now. */
	private void bind(Runnable refresher) {
		refreshers.add(refresher);
		refresher.run();
	}

	private static void tag(Control control, EStructuralFeature feature) {
		control.setData(FEATURE_KEY, feature.getName());
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}
}
