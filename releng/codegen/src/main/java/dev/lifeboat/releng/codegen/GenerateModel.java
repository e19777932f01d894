package dev.lifeboat.releng.codegen;

import java.io.File;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs the EMF generator outside Eclipse: maps the model bundle as {@code platform:/resource/dev.lifeboat.model}
 * (the genmodel's modelDirectory) and generates the model code into its {@code src-gen}.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) {
		File bundle = new File(args[0]).getAbsoluteFile();
		EcorePlugin.getPlatformResourceMap().put("dev.lifeboat.model",
				URI.createFileURI(bundle.getPath() + File.separator));

		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
		Resource resource = resources.getResource(
				URI.createPlatformResourceURI("dev.lifeboat.model/model/topology.genmodel", true), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);

		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("The genmodel is not valid: " + valid);
		}

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("Generation failed: " + result);
		}
	}
}
