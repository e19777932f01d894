package dev.lifeboat.core.migrate;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;

import dev.lifeboat.model.OperationRecord;

/**
 * The model side of a finished migration as one undoable EMF command: the VM moves to the target host (its
 * bridge NICs to the target's bridges), the target joins the overlays it needed, and the operation record is
 * appended to the topology.
 */
public final class MigrationCommand extends AbstractCommand {

	private final MigrationPlan plan;
	private final OperationRecord record;
	private MigrationEdit edit;

	/** @param record the MIGRATION record to append, or {@code null} for none */
	public MigrationCommand(MigrationPlan plan, OperationRecord record) {
		super("Migrate " + MigrationPlan.label(plan.vm()) + " to " + MigrationPlan.label(plan.target()));
		this.plan = plan;
		this.record = record;
	}

	@Override
	protected boolean prepare() {
		return !plan.hasErrors() && plan.vm().getHost() == plan.source();
	}

	@Override
	public void execute() {
		edit = new MigrationEdit(plan, element -> element);
		edit.joinOverlays();
		edit.moveVm();
		if (record != null) {
			plan.topology().getOperationRecords().add(record);
		}
	}

	@Override
	public void undo() {
		if (record != null) {
			plan.topology().getOperationRecords().remove(record);
		}
		edit.undo();
	}

	@Override
	public void redo() {
		execute();
	}

	@Override
	public List<Object> getAffectedObjects() {
		return List.of(plan.vm());
	}
}
