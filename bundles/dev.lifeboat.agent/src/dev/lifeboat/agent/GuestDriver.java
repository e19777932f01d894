package dev.lifeboat.agent;

import java.util.List;

import dev.lifeboat.protocol.AgentState;
import dev.lifeboat.protocol.GuestSpec;

/**
 * Runs guests (VMs) on this host. The first driver makes each guest a network namespace; a libvirt driver
 * can take its place without the rest of the agent knowing.
 */
public interface GuestDriver {

	/** Whether the guest exists on this host. */
	boolean exists(GuestSpec guest) throws Shell.CommandException;

	/** Creates and starts the guest with its NICs plugged into their bridges. Cleans up after itself on failure. */
	void create(GuestSpec guest) throws Shell.CommandException;

	/** Stops and removes the guest and everything the agent created for it on the host. */
	void remove(GuestSpec guest) throws Shell.CommandException;

	/** The guests of this driver that exist on the host, as found. */
	List<AgentState.GuestState> inspect() throws Shell.CommandException;
}
