package org.lantern.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

/** Modules point inward: the domain knows nothing of Spring, MongoDB or the web. */
@AnalyzeClasses(packages = "org.lantern", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule domainDependsOnAxonAndTheJdkOnly = noClasses().that()
            .resideInAPackage("org.lantern.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.lantern.domain..", "java..",
                    "org.axonframework..");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfTheApplicationLayer = noClasses().that()
            .resideInAPackage("org.lantern.domain..")
            .should().dependOnClassesThat().resideInAPackage("org.lantern.application..");

    @ArchTest
    static final ArchRule theApplicationLayerKnowsTheDomainAxonAndTheJdkOnly = noClasses().that()
            .resideInAPackage("org.lantern.application..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.lantern.application..",
                    "org.lantern.domain..", "java..", "javax.crypto..", "org.axonframework..");

    @ArchTest
    static final ArchRule theWebLayerHoldsNoDriverNorCommandHandling = noClasses().that()
            .resideInAPackage("org.lantern.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                    "org.axonframework.commandhandling..", "org.axonframework.modelling..");

    @ArchTest
    static final ArchRule noPackageCyclesInTheWebModule = slices().matching("org.lantern.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noPackageCyclesInTheDomainModule = slices().matching("org.lantern.(domain|application).(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noPackageCyclesInProjections = slices().matching("org.lantern.projections.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noPackageCyclesInInfra = slices().matching("org.lantern.infra.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule projectionsKnowNoSpringNorWeb = noClasses().that()
            .resideInAPackage("org.lantern.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                    "org.lantern.infra..", "org.lantern.ui..");

    @ArchTest
    static final ArchRule infraKnowsNoWebNorProjections = noClasses().that()
            .resideInAPackage("org.lantern.infra..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.http..", "org.lantern.ui..", "org.lantern.projections..");

    @ArchTest
    static final ArchRule modulesPointInward = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("org.lantern.domain..")
            .layer("application").definedBy("org.lantern.application..")
            .layer("projections").definedBy("org.lantern.projections..")
            .layer("infra").definedBy("org.lantern.infra..")
            .layer("ui").definedBy("org.lantern.ui..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("projections").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("infra").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("application").mayOnlyBeAccessedByLayers("projections", "infra", "ui")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "projections", "infra", "ui");

    @ArchTest
    static final ArchRule aggregatesTakeTimeAndIdsFromCommands = noClasses().that()
            .resideInAPackage("org.lantern.domain..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID");

    /** Use cases read the time from the injected centre clock and draw ids from the one id source, BookingCodes. */
    @ArchTest
    static final ArchRule useCasesTakeTimeFromTheClockAndIdsFromTheIdSource = noClasses().that()
            .resideInAPackage("org.lantern.application..").and().doNotHaveSimpleName("BookingCodes")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID");
}
