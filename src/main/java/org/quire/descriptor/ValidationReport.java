package org.quire.descriptor;

import java.util.List;

/** What {@link DescriptorValidation} found, in set order; errors block "ready for review". */
public record ValidationReport(List<ValidationProblem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public List<ValidationProblem> errors() {
        return of(Severity.ERROR);
    }

    public List<ValidationProblem> warnings() {
        return of(Severity.WARNING);
    }

    public List<ValidationProblem> forDescriptor(DescriptorId id) {
        return problems.stream().filter(problem -> id.equals(problem.descriptor())).toList();
    }

    public List<ValidationProblem> forField(DescriptorId id, DescriptorField field) {
        return forDescriptor(id).stream().filter(problem -> problem.field() == field).toList();
    }

    public List<ValidationProblem> forFamily(CodeFamilyId id) {
        return problems.stream().filter(problem -> problem.family().equals(id)).toList();
    }

    public boolean blocksReview() {
        return !errors().isEmpty();
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    private List<ValidationProblem> of(Severity severity) {
        return problems.stream().filter(problem -> problem.severity() == severity).toList();
    }
}
