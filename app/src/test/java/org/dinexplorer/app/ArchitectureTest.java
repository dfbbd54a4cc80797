package org.dinexplorer.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of the architecture guide: breaking one fails the build. */
class ArchitectureTest {

    private static final List<String> WORKER_SUFFIXES = List.of("Importer", "Reader", "Store", "Trainer", "Builder",
            "Generator", "Migrator", "Database");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dinexplorer");
    }

    @Test
    void modelAndStorageAreBothOnTheClasspath() {
        classes().that().resideInAPackage("org.dinexplorer.model..").should().bePublic().orShould().notBePublic()
                .check(classes);
        classes().that().resideInAPackage("org.dinexplorer.storage..").should().bePublic().orShould().notBePublic()
                .check(classes);
    }

    @Test
    void modelKnowsNothingOfStorageAppJavaFxOrJdbc() {
        noClasses().that().resideInAPackage("org.dinexplorer.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dinexplorer.storage..",
                        "org.dinexplorer.app..", "javafx..", "java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void storageKnowsNothingOfModelAppJavaFxOrNd4j() {
        noClasses().that().resideInAPackage("org.dinexplorer.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dinexplorer.model..",
                        "org.dinexplorer.app..", "javafx..", "org.nd4j..", "org.deeplearning4j..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void onlyTheGuiAndTheFxJobRunnerUseJavaFx() {
        noClasses().that().resideInAPackage("org.dinexplorer.app..")
                .and().resideOutsideOfPackage("org.dinexplorer.app.gui..")
                .and().doNotHaveFullyQualifiedName("org.dinexplorer.app.jobs.FxJobRunner")
                .and().doNotHaveFullyQualifiedName("org.dinexplorer.app.jobs.FxJobRunner$JobTask")
                .and().doNotHaveFullyQualifiedName("org.dinexplorer.app.jobs.FxJobRunner$1")
                .and().doNotHaveFullyQualifiedName("org.dinexplorer.app.Launcher")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void cliAndEveryServicePackageWorkWithoutADisplay() {
        // covered by the rule above as well; named here so that a new service package cannot slip through it
        noClasses().that().resideInAnyPackage("org.dinexplorer.app.cli..", "org.dinexplorer.app.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.testfx..")
                .check(classes);
    }

    @Test
    void servicesNeverCallTheCli() {
        noClasses().that().resideInAPackage("org.dinexplorer.app.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dinexplorer.app.cli..",
                        "org.dinexplorer.app.prefs..")
                .check(classes);
    }

    @Test
    void serviceFeaturePackagesHaveNoCycles() {
        // imports, dataset, training, runs, explore, export, interop, bench: each may use those below it, never back
        slices().matching("org.dinexplorer.app.service.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void serviceFeaturePackagesNeverUseTheSharedTopLevel() {
        // the top level of app.service (database, overview, system information, pipeline) sits above the features
        noClasses().that().resideInAPackage("org.dinexplorer.app.service.*..")
                .should().dependOnClassesThat().resideInAPackage("org.dinexplorer.app.service")
                .check(classes);
    }

    @Test
    void cliAndServicesNeverReachIntoTheGui() {
        noClasses().that().resideInAnyPackage("org.dinexplorer.app.cli..", "org.dinexplorer.app.service..",
                        "org.dinexplorer.app.jobs..", "org.dinexplorer.app.prefs..")
                .should().dependOnClassesThat().resideInAPackage("org.dinexplorer.app.gui..")
                .check(classes);
    }

    @Test
    void onlyServicesDriveTheModelAndStorageModules() {
        // the GUI and the CLI may read the records, enums and exceptions services return, but the classes that do
        // the work (databases, importers, readers, stores, trainers, generators) are reached through services only
        DescribedPredicate<JavaClass> workers = new DescribedPredicate<>("model or storage classes that do work") {
            @Override
            public boolean test(JavaClass type) {
                String name = type.getSimpleName();
                boolean library = type.getPackageName().startsWith("org.dinexplorer.model")
                        || type.getPackageName().startsWith("org.dinexplorer.storage");
                return library && (type.getPackageName().startsWith("org.dinexplorer.storage.db")
                        || WORKER_SUFFIXES.stream().anyMatch(name::endsWith));
            }
        };
        noClasses().that().resideInAnyPackage("org.dinexplorer.app.gui..", "org.dinexplorer.app.cli..",
                        "org.dinexplorer.app.jobs..", "org.dinexplorer.app.prefs..")
                .should().dependOnClassesThat(workers)
                .check(classes);
    }

    @Test
    void noNdArrayOrJdbcTypeLeavesItsModule() {
        noClasses().that().resideInAPackage("org.dinexplorer.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "java.sql..", "org.sqlite..")
                .check(classes);
    }
}
