package dev.lifeboat.ui.wizards;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.lifeboat.ui.views.Columns;

/**
 * The last page of an {@link OperationWizard}: how the operation ended, filled in when the page shows after it
 * ended. There is no way back to the page that ran it.
 */
public abstract class OutcomePage extends WizardPage {

	private final String widgetKey;
	private Label summary;

	/** A page whose widgets carry their ids (for tests) under {@code widgetKey}. */
	protected OutcomePage(String name, String title, String description, String widgetKey) {
		super(name, title, null);
		this.widgetKey = widgetKey;
		setDescription(description);
	}

	/** The page's body: one column, the page's control, starting with the one-line summary (called {@code summary}). */
	protected final Composite body(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		setControl(page);
		summary = line(page, "summary");
		return page;
	}

	/** Shows {@code text} as the summary line. */
	protected final void summary(String text) {
		summary.setText(text);
	}

	/** A table filling the rest of {@code page}, called {@code id}; its columns are added with {@link Columns}. */
	protected final TableViewer table(Composite page, String id) {
		TableViewer viewer = Columns.table(page);
		viewer.getTable().setData(widgetKey, id);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return viewer;
	}

	/** A wrapping label across {@code page}, called {@code id}. */
	protected final Label line(Composite page, String id) {
		Label label = new Label(page, SWT.WRAP);
		label.setData(widgetKey, id);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return label;
	}

	/** Whether the operation ended, so that there is something to show. */
	protected abstract boolean ended();

	/** Fills the page with how the operation ended. */
	protected abstract void show();

	@Override
	public final void setVisible(boolean visible) {
		if (visible && ended()) {
			show();
			getControl().getParent().layout(true, true);
		}
		super.setVisible(visible);
	}

	@Override
	public final IWizardPage getPreviousPage() {
		return null;
	}
}
