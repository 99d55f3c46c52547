/** The JVM floor: start, print nothing, exit. */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
    }
}
