package gov.qinghai.followup.common.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks a {@link Window}-annotated value (parameter or field); the message says the form and the window. */
public class WindowValidator implements ConstraintValidator<Window, Object> {
    private Window window;

    @Override
    public void initialize(Window annotation) {
        this.window = annotation;
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true; // whether a value is required is @NotNull's rule; an empty text is no period and is refused
        }
        Optional<String> why = DateWindows.current().window(window).violation(value, window.kind());
        if (why.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(why.get().replace("{", "\\{").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }
}
