package org.lantern.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
            .layer("projections").definedBy("org.lantern.projections..")
            .layer("infra").definedBy("org.lantern.infra..")
            .layer("ui").definedBy("org.lantern.ui..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("projections").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("infra").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("projections", "infra", "ui");

    @ArchTest
    static final ArchRule aggregatesTakeTimeAndIdsFromCommands = noClasses().that()
            .resideInAPackage("org.lantern.domain..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID");
}
